namespace Bluehelm.IntegrationTests.Conduct.Statistics;

/// <summary>Every query the tests probe: each breakdown, with and without the seeded years and missions as filters.</summary>
internal static class StatisticsQueries
{
    public static readonly string[] Measures =
        ["allegations", "victims", "children", "paternityClaims", "investigationsPending", "investigationsCompleted", "substantiated", "actionsTaken"];

    public static IEnumerable<(string By, int? Year, string? Mission)> All()
    {
        foreach (var by in new[] { "year", "mission", "category", "nationality", "type" })
        {
            foreach (var year in new int?[] { null, 2041, 2042, 2043 })
            {
                foreach (var mission in new[] { null, StatisticsApp.MissionA, StatisticsApp.MissionB })
                {
                    yield return (by, year, mission);
                }
            }
        }
    }

    public static string Query(string by, int? year, string? mission) =>
        "by=" + by + (year is { } y ? "&year=" + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "") + (mission is null ? "" : "&mission=" + mission);

    public static IEnumerable<JsonElement> RowsAndTotal(JsonElement table) => table.GetProperty("rows").EnumerateArray().Append(table.GetProperty("total"));

    /// <summary>True when the table lists every value of its row axis (no filter on that axis), so its rows and total are one whole line.</summary>
    public static bool WholeLine(string by, int? year, string? mission) => !(by == "year" && year is not null) && !(by == "mission" && mission is not null);
}
