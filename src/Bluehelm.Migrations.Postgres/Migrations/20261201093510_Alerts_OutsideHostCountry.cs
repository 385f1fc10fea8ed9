using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Alerts get a flag for coordinates far outside the mission's host country, set at intake.
    /// Alerts taken in before this migration keep false: they are not re-checked.
    /// </summary>
    public partial class Alerts_OutsideHostCountry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OutsideHostCountry",
                table: "alerts",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutsideHostCountry",
                table: "alerts");
        }
    }
}
