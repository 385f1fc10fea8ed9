using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations
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

            migrationBuilder.AlterColumn<string>(
                name: "ReporterPhone",
                table: "alerts",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterName",
                table: "alerts",
                type: "character varying(2048)",
                maxLength: 2048,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReporterPhoneLookup",
                table: "alerts",
                type: "character varying(64)",
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

            migrationBuilder.AlterColumn<string>(
                name: "ReporterPhone",
                table: "alerts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(512)",
                oldMaxLength: 512,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ReporterName",
                table: "alerts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2048)",
                oldMaxLength: 2048,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_ReporterPhone_Status",
                table: "alerts",
                columns: new[] { "ReporterPhone", "Status" });
        }
    }
}
