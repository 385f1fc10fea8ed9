using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations.Conduct
{
    /// <inheritdoc />
    public partial class Conduct_IntakeKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IntakeKey",
                table: "conduct_cases",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "conduct_report_receipts",
                columns: table => new
                {
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conduct_report_receipts", x => x.KeyHash);
                    table.ForeignKey(
                        name: "FK_conduct_report_receipts_conduct_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "conduct_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_IntakeKey",
                table: "conduct_cases",
                column: "IntakeKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_conduct_report_receipts_CaseId",
                table: "conduct_report_receipts",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conduct_report_receipts");

            migrationBuilder.DropIndex(
                name: "IX_conduct_cases_IntakeKey",
                table: "conduct_cases");

            migrationBuilder.DropColumn(
                name: "IntakeKey",
                table: "conduct_cases");
        }
    }
}
