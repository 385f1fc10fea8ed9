using static Bluehelm.IntegrationTests.Conduct.Statistics.StatisticsQueries;

namespace Bluehelm.IntegrationTests.Conduct.Statistics;

/// <summary>The public statistics API, anonymous, against the seeded cases: suppression and the differencing attacks.</summary>
[Collection(StatisticsCollection.Name)]
public sealed class StatisticsApiTests(StatisticsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> Get(string by, int? year, string? mission)
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/conduct/statistics?" + Query(by, year, mission), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    [Fact]
    public async Task Statistics_EveryBreakdownAndFilter_NeverShowsOneOrTwo()
    {
        var hidden = 0;
        foreach (var (by, year, mission) in All())
        {
            var table = await Get(by, year, mission);
            foreach (var row in RowsAndTotal(table))
            {
                foreach (var measure in Measures)
                {
                    var cell = row.GetProperty(measure);
                    if (cell.GetProperty("suppressed").GetBoolean())
                    {
                        hidden++;
                        cell.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
                        cell.GetProperty("reason").GetString().ShouldBeOneOf("fewer-than-3", "withheld");
                    }
                    else
                    {
                        cell.GetProperty("value").GetInt64().ShouldNotBeInRange(1, 2, $"{by} {year} {mission} {row.GetProperty("key")} {measure}");
                    }
                }
            }
        }

        hidden.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Statistics_OneCaseInAYear_ShownFewerThan3AndItsComplementWithheld()
    {
        var table = await Get("mission", 2042, null);
        var rows = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!);

        rows[StatisticsApp.MissionA].GetProperty("allegations").GetProperty("reason").GetString().ShouldBe("fewer-than-3");
        rows[StatisticsApp.MissionB].GetProperty("allegations").GetProperty("suppressed").GetBoolean().ShouldBeTrue();
        table.GetProperty("total").GetProperty("allegations").GetProperty("value").GetInt64().ShouldBe(7);
    }

    [Fact]
    public async Task Statistics_RowTotalMinusVisibleCells_NeverLeavesASingleHiddenCell()
    {
        foreach (var (by, year, mission) in All())
        {
            var table = await Get(by, year, mission);
            foreach (var row in RowsAndTotal(table))
            {
                // pending + completed = allegations within every row.
                new[] { "investigationsPending", "investigationsCompleted", "allegations" }
                    .Count(m => row.GetProperty(m).GetProperty("suppressed").GetBoolean()).ShouldNotBe(1, $"{by} {year} {mission} {row.GetProperty("key")}");
            }

            if (!WholeLine(by, year, mission))
            {
                continue;
            }

            foreach (var measure in Measures)
            {
                var cells = RowsAndTotal(table).Select(r => r.GetProperty(measure)).ToList();
                cells.Count(c => c.GetProperty("suppressed").GetBoolean()).ShouldNotBe(1, $"{by} {year} {mission} {measure}: the total minus the shown rows would give the hidden one");
                if (cells.All(c => !c.GetProperty("suppressed").GetBoolean()) && by is "year" or "mission")
                {
                    // Totals are the table's true margins.
                    cells[^1].GetProperty("value").GetInt64().ShouldBe(cells.SkipLast(1).Sum(c => c.GetProperty("value").GetInt64()));
                }
            }
        }
    }

    [Fact]
    public async Task Statistics_SameCellWithAndWithoutAFilter_IsTheSamePublishedCell()
    {
        // Every number of the year × mission table, whichever query shows it: one value (or one hidden state) per cell,
        // so "all years minus the shown years" or "all missions minus this mission" only ever reads lines of that one table.
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (by, year, mission) in All().Where(q => q.By is "year" or "mission"))
        {
            var table = await Get(by, year, mission);
            foreach (var row in RowsAndTotal(table))
            {
                var key = row.GetProperty("key").GetString()!;
                var total = key == "total";
                // The total row is the margin over the row axis, whatever that axis's filter.
                var cellYear = by == "year" ? (total ? "T" : key) : year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "T";
                var cellMission = by == "mission" ? (total ? "T" : key) : mission ?? "T";
                foreach (var measure in Measures)
                {
                    var shown = row.GetProperty(measure).GetRawText();
                    var id = $"{cellYear}|{cellMission}|{measure}";
                    if (seen.TryGetValue(id, out var before))
                    {
                        shown.ShouldBe(before, id);
                    }
                    else
                    {
                        seen[id] = shown;
                    }
                }
            }
        }

        seen.Keys.ShouldContain("2042|TSTA|allegations");
        seen["2042|TSTA|allegations"].ShouldContain("fewer-than-3");
        seen["T|TSTA|allegations"].ShouldContain("10");
    }

    [Fact]
    public async Task Statistics_TypeBreakdown_CountsACaseOnceUnderEachType()
    {
        var byType = await Get("type", null, StatisticsApp.MissionB);
        var byYear = await Get("year", null, StatisticsApp.MissionB);

        byType.GetProperty("countsMentions").GetBoolean().ShouldBeTrue();
        byYear.GetProperty("total").GetProperty("allegations").GetProperty("value").GetInt64().ShouldBe(11);

        // TSTB has 11 cases, three of them (one a year) with a second type: the type rows' margin counts 14 mentions.
        byType.GetProperty("total").GetProperty("allegations").GetProperty("value").GetInt64().ShouldBe(14);
    }

    [Fact]
    public async Task Statistics_Anonymous_AnswersWithAShortPublicCache()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/api/v1/conduct/statistics", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.Public.ShouldBeTrue();
        response.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromSeconds(60));
        var table = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        table.GetProperty("by").GetString().ShouldBe("year");
        table.GetProperty("source").GetString()!.ShouldContain("July 2024");
    }

    [Theory]
    [InlineData("by=colour", "by", "en", "breakdown")]
    [InlineData("year=twenty", "year", "en", "year")]
    [InlineData("mission=%3Cscript%3E", "mission", "en", "mission code")]
    [InlineData("by=colour", "by", "fr", "répartition")]
    [InlineData("year=1200", "year", "fr", "année")]
    public async Task Statistics_BadParameter_LocalizedValidationProblem(string query, string field, string language, string words)
    {
        foreach (var path in new[] { "statistics", "statistics.csv", "statistics.hxl.csv", "statistics.xlsx" })
        {
            using var client = app.CreateClient();
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
            var response = await client.GetAsync($"/api/v1/conduct/{path}?{query}", Ct);

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            problem.GetProperty("code").GetString().ShouldBe("validation");
            problem.GetProperty("errors").GetProperty(field)[0].GetString()!.ShouldContain(words, Case.Insensitive);
            (await response.Content.ReadAsStringAsync(Ct)).ShouldNotContain("<script>");
        }
    }
}
