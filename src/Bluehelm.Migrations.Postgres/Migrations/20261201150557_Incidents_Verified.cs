using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Incidents_Verified : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "incidents_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    MissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    WhatHappened = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Killed = table.Column<int>(type: "integer", nullable: false),
                    Injured = table.Column<int>(type: "integer", nullable: false),
                    CivilianDeaths = table.Column<int>(type: "integer", nullable: false),
                    Perpetrator = table.Column<int>(type: "integer", nullable: false),
                    Threat = table.Column<int>(type: "integer", nullable: false),
                    VerifiedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    VerifiedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incidents_incidents_incidents_events_EventId",
                        column: x => x.EventId,
                        principalTable: "incidents_events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_Fatalities_DateStart_Id",
                table: "incidents_events",
                columns: new[] { "Fatalities", "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_Source_DateStart_Id",
                table: "incidents_events",
                columns: new[] { "Source", "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_events_Threat_DateStart_Id",
                table: "incidents_events",
                columns: new[] { "Threat", "DateStart", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_incidents_AlertId",
                table: "incidents_incidents",
                column: "AlertId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_incidents_EventId",
                table: "incidents_incidents",
                column: "EventId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incidents_incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_events_Fatalities_DateStart_Id",
                table: "incidents_events");

            migrationBuilder.DropIndex(
                name: "IX_incidents_events_Source_DateStart_Id",
                table: "incidents_events");

            migrationBuilder.DropIndex(
                name: "IX_incidents_events_Threat_DateStart_Id",
                table: "incidents_events");
        }
    }
}
