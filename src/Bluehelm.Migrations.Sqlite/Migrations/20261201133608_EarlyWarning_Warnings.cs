using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EarlyWarning_Warnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "earlywarning_received_cap",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Sent = table.Column<long>(type: "INTEGER", nullable: false),
                    MsgType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 35, nullable: true),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Certainty = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AreaDesc = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    InfoCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AreaCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Signed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ThreatType = table.Column<int>(type: "INTEGER", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AlertMissionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earlywarning_received_cap", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "earlywarning_warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MissionCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ThreatType = table.Column<int>(type: "INTEGER", nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Certainty = table.Column<int>(type: "INTEGER", nullable: false),
                    Scope = table.Column<int>(type: "INTEGER", nullable: false),
                    HeadlineEn = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    HeadlineFr = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    DescriptionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InstructionEn = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    InstructionFr = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AreaDesc = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Polygon = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Circle = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Onset = table.Column<long>(type: "INTEGER", nullable: true),
                    Expires = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EditorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earlywarning_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "earlywarning_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarningId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    MsgType = table.Column<int>(type: "INTEGER", nullable: false),
                    Identifier = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sender = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sent = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earlywarning_messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_earlywarning_messages_earlywarning_warnings_WarningId",
                        column: x => x.WarningId,
                        principalTable: "earlywarning_warnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_earlywarning_messages_Identifier",
                table: "earlywarning_messages",
                column: "Identifier",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_earlywarning_messages_WarningId_Sequence",
                table: "earlywarning_messages",
                columns: new[] { "WarningId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_earlywarning_received_cap_ReceivedAt",
                table: "earlywarning_received_cap",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_earlywarning_received_cap_Sender_Identifier",
                table: "earlywarning_received_cap",
                columns: new[] { "Sender", "Identifier" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_earlywarning_warnings_MissionId_Status_Expires",
                table: "earlywarning_warnings",
                columns: new[] { "MissionId", "Status", "Expires" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "earlywarning_messages");

            migrationBuilder.DropTable(
                name: "earlywarning_received_cap");

            migrationBuilder.DropTable(
                name: "earlywarning_warnings");
        }
    }
}
