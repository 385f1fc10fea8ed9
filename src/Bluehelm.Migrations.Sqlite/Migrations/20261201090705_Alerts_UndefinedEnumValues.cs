using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bluehelm.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Data only, no schema change. Until this release the API stored enum numbers that name no value
    /// (JSON binds any number: severity -1, 0 or 99, threat 99, channel 42, dispatch action 99, outcome
    /// 77). Such a severity sorted above the critical alerts on the board and was exported as a number
    /// the CSV import refuses. Each undefined value is set to a defined one, every other row is left
    /// untouched:
    /// <list type="bullet">
    /// <item>alerts."Severity" not 1-4 becomes 2 (high): the alert stays on the board, sorted under the
    /// critical ones and above medium and low, the severity an SMS without one gets; not lowered to
    /// medium or low, so no alert that someone may have meant as urgent is pushed down the list.</item>
    /// <item>alerts."ThreatType" not 1-12 becomes 12 (other); alerts."Channel" not 1-7 becomes 7 (other).</item>
    /// <item>A changed alert's "Version" goes up by one (once, whatever number of its columns changed), so
    /// an edit begun before the migration fails as a concurrent change instead of writing the old value back.</item>
    /// <item>alerts_responses."Action" not 1-6 becomes 6 (other); "Outcome" not null and not 1-5 becomes
    /// 5 (other); a null outcome (not yet reported) stays null.</item>
    /// </list>
    /// The dispatch deadline of an alert whose severity was undefined is not recomputed (it was set at
    /// intake and escalation already ran on it). The original numbers are not kept: run
    /// <c>SELECT "Id", "Severity", "ThreatType", "Channel" FROM alerts WHERE "Severity" NOT BETWEEN 1 AND 4
    /// OR "ThreatType" NOT BETWEEN 1 AND 12 OR "Channel" NOT BETWEEN 1 AND 7</c> (and the same on
    /// alerts_responses) before migrating to record them. Down does nothing: the undefined numbers are gone.
    /// </summary>
    public partial class Alerts_UndefinedEnumValues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE "alerts" SET
                    "Severity" = CASE WHEN "Severity" BETWEEN 1 AND 4 THEN "Severity" ELSE 2 END,
                    "ThreatType" = CASE WHEN "ThreatType" BETWEEN 1 AND 12 THEN "ThreatType" ELSE 12 END,
                    "Channel" = CASE WHEN "Channel" BETWEEN 1 AND 7 THEN "Channel" ELSE 7 END,
                    "Version" = "Version" + 1
                WHERE "Severity" NOT BETWEEN 1 AND 4 OR "ThreatType" NOT BETWEEN 1 AND 12 OR "Channel" NOT BETWEEN 1 AND 7;
                """);
            migrationBuilder.Sql(
                """
                UPDATE "alerts_responses" SET
                    "Action" = CASE WHEN "Action" BETWEEN 1 AND 6 THEN "Action" ELSE 6 END,
                    "Outcome" = CASE WHEN "Outcome" IS NULL OR "Outcome" BETWEEN 1 AND 5 THEN "Outcome" ELSE 5 END
                WHERE "Action" NOT BETWEEN 1 AND 6 OR "Outcome" NOT BETWEEN 1 AND 5;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
