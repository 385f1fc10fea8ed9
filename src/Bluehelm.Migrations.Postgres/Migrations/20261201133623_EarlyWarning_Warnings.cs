using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sender = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Identifier = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Sent = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MsgType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Headline = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Language = table.Column<string>(type: "character varying(35)", maxLength: 35, nullable: true),
                    Urgency = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Certainty = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AreaDesc = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    InfoCount = table.Column<int>(type: "integer", nullable: false),
                    AreaCount = table.Column<int>(type: "integer", nullable: false),
                    Signed = table.Column<bool>(type: "boolean", nullable: false),
                    ThreatType = table.Column<int>(type: "integer", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: true),
                    AlertMissionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earlywarning_received_cap", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "earlywarning_warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ThreatType = table.Column<int>(type: "integer", nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Certainty = table.Column<int>(type: "integer", nullable: false),
                    Scope = table.Column<int>(type: "integer", nullable: false),
                    HeadlineEn = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    HeadlineFr = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    DescriptionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DescriptionFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    InstructionEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    InstructionFr = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AreaDesc = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Polygon = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Circle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Onset = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Expires = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DraftedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EditorId = table.Column<Guid>(type: "uuid", nullable: true),
                    EditorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_earlywarning_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "earlywarning_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WarningId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    MsgType = table.Column<int>(type: "integer", nullable: false),
                    Identifier = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sender = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sent = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedById = table.Column<Guid>(type: "uuid", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Xml = table.Column<string>(type: "text", nullable: false)
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
