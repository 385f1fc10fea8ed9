using System.Globalization;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Geo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>
/// The public statistics of allegations: every case, historical (the UN's table) and live, counted
/// in one fixed table per breakdown (<see cref="StatisticsCube"/>) and suppressed as a whole; a
/// query only picks cells of it. The cube is kept in memory while the cases do not change.
/// </summary>
internal sealed class ConductStatistics(ConductDbContext db, IMemoryCache cache, IStringLocalizer<ConductText> labels, IStringLocalizer<StatisticsText> text)
{
    /// <summary>The key of the row for a case that names no value of the breakdown (no subject, no nationality, no type).</summary>
    public const string Unknown = "unknown";

    /// <summary>The key of the total row.</summary>
    public const string TotalKey = "total";

    private static readonly ActionKind[] Taken =
        [ActionKind.Repatriation, ActionKind.Ban, ActionKind.Dismissal, ActionKind.Imprisonment, ActionKind.FinancialSanction, ActionKind.Demotion, ActionKind.Other];

    /// <summary>The table a request asks for, in the current culture.</summary>
    public async Task<StatisticsTable> TableAsync(StatisticsRequest request, CancellationToken ct)
    {
        var cube = await CubeAsync(request.By, ct);
        var years = cube.Axes[0];
        var missions = cube.Axes[1];
        var yearAt = request.Year is { } y ? IndexOf(years, y.ToString(CultureInfo.InvariantCulture)) : years.Count;
        var missionAt = request.Mission is { } m ? IndexOf(missions, m.ToUpperInvariant()) : missions.Count;
        var rowAxis = request.By switch { Breakdown.Year => 0, Breakdown.Mission => 1, _ => 2 };
        var rows = new List<StatisticsRow>();

        // A filter naming a year or mission the data does not hold selects nothing: an empty table of zeros.
        var known = yearAt >= 0 && missionAt >= 0;
        if (known)
        {
            for (var i = 0; i < cube.Axes[rowAxis].Count; i++)
            {
                if ((rowAxis == 0 && request.Year is not null && i != yearAt) || (rowAxis == 1 && request.Mission is not null && i != missionAt))
                {
                    continue;
                }

                var at = new[] { yearAt, missionAt, ThirdTotal(cube) };
                at[rowAxis] = i;
                rows.Add(Row(cube, request.By, cube.Axes[rowAxis][i], at));
            }
        }

        var total = new[] { yearAt, missionAt, ThirdTotal(cube) };
        total[rowAxis] = cube.Axes[rowAxis].Count;
        var totalRow = known ? Row(cube, request.By, TotalKey, total) : Zero(text["row.total"]);
        return new StatisticsTable(
            Name(request.By), request.Year, request.Mission?.ToUpperInvariant(), rows, totalRow,
            request.By is Breakdown.Category or Breakdown.Nationality or Breakdown.Type,
            [.. years.Select(v => int.Parse(v, CultureInfo.InvariantCulture))], [.. missions], text["source"]);
    }

    /// <summary>The API's name of a breakdown (<c>by=</c>).</summary>
    public static string Name(Breakdown by) => by.ToString().ToLowerInvariant();

    private static int ThirdTotal(StatisticsCube cube) => cube.Axes.Length == 3 ? cube.Axes[2].Count : 0;

    private static int IndexOf(IReadOnlyList<string> axis, string key)
    {
        for (var i = 0; i < axis.Count; i++)
        {
            if (string.Equals(axis[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private StatisticsRow Row(StatisticsCube cube, Breakdown by, string key, int[] at)
    {
        StatisticsValue V(Measure m) => cube.Value(m, at[0], at[1], at[2]);
        return new StatisticsRow(key, key == TotalKey ? text["row.total"] : Label(by, key),
            V(Measure.Allegations), V(Measure.Victims), V(Measure.Children), V(Measure.PaternityClaims),
            V(Measure.InvestigationsPending), V(Measure.InvestigationsCompleted), V(Measure.Substantiated), V(Measure.ActionsTaken),
            cube.Average(at[0], at[1], at[2]));
    }

    private static StatisticsRow Zero(string label)
    {
        var zero = new StatisticsValue(0, false, null);
        return new StatisticsRow(TotalKey, label, zero, zero, zero, zero, zero, zero, zero, zero, new StatisticsAverage(null, false));
    }

    /// <summary>The row's name in the current culture: a country's name, a category or type label, a year or mission code as is.</summary>
    public string Label(Breakdown by, string key) => key == Unknown
        ? text["row.unknown"]
        : by switch
        {
            Breakdown.Nationality => Countries.NameOf(key),
            Breakdown.Category when Enum.TryParse<PersonnelCategory>(key, out var c) => labels.Label(c),
            Breakdown.Type when Enum.TryParse<AllegationType>(key, out var t) => labels.Label(t),
            _ => key,
        };

    private async Task<StatisticsCube> CubeAsync(Breakdown by, CancellationToken ct)
    {
        // The key follows the data: a case added or changed makes a new cube at once.
        var cases = db.Set<ConductCase>().AsNoTracking();
        var count = await cases.CountAsync(ct);
        var latest = count == 0 ? 0 : (await cases.MaxAsync(c => (DateTimeOffset?)c.UpdatedAt, ct))?.UtcTicks ?? 0;
        var key = string.Create(CultureInfo.InvariantCulture, $"conduct-statistics:{by}:{count}:{latest}");
        if (cache.TryGetValue(key, out StatisticsCube? cached) && cached is not null)
        {
            return cached;
        }

        var facts = await FactsAsync(ct);
        Func<CaseFacts, IReadOnlyList<string>>? third = by switch
        {
            Breakdown.Category => f => f.Categories,
            Breakdown.Nationality => f => f.Nationalities,
            Breakdown.Type => f => f.Types,
            _ => null,
        };
        var cube = StatisticsCube.Build(facts, third);
        cache.Set(key, cube, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2) });
        return cube;
    }

    private async Task<List<CaseFacts>> FactsAsync(CancellationToken ct)
    {
        var rows = await db.Set<ConductCase>().AsNoTracking().AsSplitQuery()
            .Select(c => new
            {
                c.ReportedYear,
                c.MissionCode,
                c.PaternityClaimed,
                c.Finding,
                c.InvestigationDays,
                Categories = c.Subjects.Select(s => s.Category).ToList(),
                Nationalities = c.Subjects.Where(s => s.NationalityIso2 != null).Select(s => s.NationalityIso2!).ToList(),
                Types = c.Allegations.Select(a => a.Type).ToList(),
                Victims = c.Victims.Select(v => new { v.Count, v.AgeGroup }).ToList(),
                Actions = c.Actions.Select(a => a.Kind).ToList(),
            })
            .ToListAsync(ct);

        return [.. rows.Select(c => new CaseFacts(
            c.ReportedYear,
            c.MissionCode.ToUpperInvariant(),
            OrUnknown(c.Categories.Select(x => x.ToString())),
            OrUnknown(c.Nationalities.Select(x => x.ToUpperInvariant())),
            OrUnknown(c.Types.Select(x => x.ToString())),
            c.Victims.Sum(v => v.Count),
            c.Victims.Where(v => v.AgeGroup == AgeGroup.Child).Sum(v => v.Count),
            c.PaternityClaimed,
            c.Finding != Finding.Pending,
            c.Finding == Finding.Substantiated,
            c.Actions.Any(a => Taken.Contains(a)),
            c.InvestigationDays))];
    }

    private static string[] OrUnknown(IEnumerable<string> keys)
    {
        var list = keys.Distinct(StringComparer.Ordinal).ToArray();
        return list.Length == 0 ? [Unknown] : list;
    }
}
