using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Incidents_Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DatasetVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ImportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RowNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ContentHash = table.Column<long>(type: "INTEGER", nullable: false),
                    DateStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DateEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DatePrecision = table.Column<int>(type: "INTEGER", nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    GeoPrecision = table.Column<int>(type: "INTEGER", nullable: true),
                    CountryIso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Admin1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Admin2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Locality = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PrioGridGid = table.Column<int>(type: "INTEGER", nullable: false),
                    Threat = table.Column<int>(type: "INTEGER", nullable: false),
                    AgainstCivilians = table.Column<bool>(type: "INTEGER", nullable: false),
                    SourceType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SourceSubType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CivilianTargeting = table.Column<bool>(type: "INTEGER", nullable: true),
                    Actor1 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Actor2 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Fatalities = table.Column<int>(type: "INTEGER", nullable: false),
                    FatalitiesLow = table.Column<int>(type: "INTEGER", nullable: true),
                    FatalitiesHigh = table.Column<int>(type: "INTEGER", nullable: true),
                    CivilianDeaths = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incidents_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DatasetVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents_imports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_AlertId",
                table: "incidents_events",
                column: "AlertId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_CountryIso2_DateStart_Id",
                table: "incidents_events",
                columns: new[] { "CountryIso2", "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_DateStart_Id",
                table: "incidents_events",
                columns: new[] { "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_PrioGridGid_DateStart",
                table: "incidents_events",
                columns: new[] { "PrioGridGid", "DateStart" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_Source_Dataset_SourceId",
                table: "incidents_events",
                columns: new[] { "Source", "Dataset", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_imports_Sha256",
                table: "incidents_imports",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidents_events");

            migrationBuilder.DropTable(
                name: "incidents_imports");
        }
    }
}
