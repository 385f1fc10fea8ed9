using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Alerts_ResponseNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "alerts_response_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts_response_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_alerts_response_notes_alerts_responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "alerts_responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_response_notes_ResponseId_At",
                table: "alerts_response_notes",
                columns: new[] { "ResponseId", "At" });

            // Data move, written by hand: each response's notes (until now one text, overwritten by
            // every outcome report) become the first entry of its history, dated at the dispatch. Who
            // wrote them was never stored, so the entry says "migrated". The note takes the response's
            // id as its own: one such note per response, and the same SQL on SQLite and PostgreSQL.
            migrationBuilder.Sql(
                """
                INSERT INTO "alerts_response_notes" ("Id", "ResponseId", "At", "UserId", "Actor", "Text")
                SELECT "Id", "Id", "DispatchedAt", NULL, 'migrated', "Notes"
                FROM "alerts_responses"
                WHERE "Notes" IS NOT NULL AND TRIM("Notes") <> '';
                """);

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "alerts_responses");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "alerts_responses",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            // Back to one text per response: the latest note.
            migrationBuilder.Sql(
                """
                UPDATE "alerts_responses" SET "Notes" = (
                    SELECT n."Text" FROM "alerts_response_notes" n
                    WHERE n."ResponseId" = "alerts_responses"."Id"
                    ORDER BY n."At" DESC, n."Id" DESC LIMIT 1);
                """);

            migrationBuilder.DropTable(
                name: "alerts_response_notes");
        }
    }
}
