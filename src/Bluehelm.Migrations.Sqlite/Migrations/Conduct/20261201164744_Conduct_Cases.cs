using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations.Conduct
{
    /// <inheritdoc />
    public partial class Conduct_Cases : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_conduct_cases_IntakeKey",
                table: "conduct_cases",
                column: "IntakeKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_conduct_cases_IntakeKey",
                table: "conduct_cases");

            migrationBuilder.DropColumn(
                name: "IntakeKey",
                table: "conduct_cases");
        }
    }
}
