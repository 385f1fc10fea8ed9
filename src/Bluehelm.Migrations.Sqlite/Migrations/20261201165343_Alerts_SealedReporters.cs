using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Alerts_SealedReporters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_alerts_ReporterPhone_Status",
                table: "alerts");

            migrationBuilder.AddColumn<string>(
                name: "ReporterPhoneLookup",
                table: "alerts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_ReporterPhoneLookup_Status",
                table: "alerts",
                columns: new[] { "ReporterPhoneLookup", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_alerts_ReporterPhoneLookup_Status",
                table: "alerts");

            migrationBuilder.DropColumn(
                name: "ReporterPhoneLookup",
                table: "alerts");

            migrationBuilder.CreateIndex(
                name: "IX_alerts_ReporterPhone_Status",
                table: "alerts",
                columns: new[] { "ReporterPhone", "Status" });
        }
    }
}
