namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>What the rows of a statistics table are.</summary>
public enum Breakdown
{
    Year,
    Mission,
    Category,
    Nationality,
    Type,
}

/// <summary>The counted measures, in the order of every table and export. <see cref="WithDays"/> is never published (it guards the average).</summary>
internal enum Measure
{
    Allegations,
    Victims,
    Children,
    PaternityClaims,
    InvestigationsPending,
    InvestigationsCompleted,
    Substantiated,
    ActionsTaken,
    WithDays,
}

/// <summary>A parsed, valid statistics request: one breakdown, optional year and mission filters.</summary>
public sealed record StatisticsRequest(Breakdown By, int? Year, string? Mission);

/// <summary>A published count: the number, or null with <c>suppressed</c> true.</summary>
/// <param name="Value">The count; null when suppressed.</param>
/// <param name="Suppressed">True when the count is hidden.</param>
/// <param name="Reason"><c>fewer-than-3</c> (the count is 1 or 2) or <c>withheld</c> (3 or more, hidden so a small cell cannot be worked out by subtraction); null when shown.</param>
public sealed record StatisticsValue(long? Value, bool Suppressed, string? Reason);

/// <summary>A published average: null with <c>suppressed</c> true when drawn from fewer than 3 cases or when their count is hidden; null and not suppressed when there is nothing to average.</summary>
public sealed record StatisticsAverage(double? Value, bool Suppressed);

/// <summary>One row of a statistics table (a year, a mission, a category, a nationality, an allegation type, or the total).</summary>
/// <param name="Key">The row's code: a year, a mission code, an ISO 3166 alpha-2 code, an enum name, <c>unknown</c> or <c>total</c>.</param>
/// <param name="Label">The row's name in the caller's language.</param>
/// <param name="Allegations">Allegations (cases) recorded.</param>
/// <param name="Victims">Victims named by those allegations.</param>
/// <param name="Children">Of the victims, children.</param>
/// <param name="PaternityClaims">Allegations with a paternity claim.</param>
/// <param name="InvestigationsPending">Allegations whose investigation has no outcome yet.</param>
/// <param name="InvestigationsCompleted">Allegations whose investigation has an outcome (substantiated, not substantiated, closed).</param>
/// <param name="Substantiated">Allegations found substantiated.</param>
/// <param name="ActionsTaken">Allegations with at least one action taken (repatriation, ban, dismissal, imprisonment, sanction, demotion, other).</param>
/// <param name="AverageInvestigationDays">Mean investigation length in days, over the allegations that give one.</param>
public sealed record StatisticsRow(
    string Key,
    string Label,
    StatisticsValue Allegations,
    StatisticsValue Victims,
    StatisticsValue Children,
    StatisticsValue PaternityClaims,
    StatisticsValue InvestigationsPending,
    StatisticsValue InvestigationsCompleted,
    StatisticsValue Substantiated,
    StatisticsValue ActionsTaken,
    StatisticsAverage AverageInvestigationDays);

/// <summary>
/// A statistics table: every number is a cell of one fixed, suppressed table (year × mission × the
/// breakdown, with its margins); filters only choose which cells are shown.
/// </summary>
/// <param name="By">The breakdown of the rows.</param>
/// <param name="Year">The year filter (the year an allegation was recorded), if any.</param>
/// <param name="Mission">The mission filter, if any.</param>
/// <param name="Rows">One row per value of the breakdown.</param>
/// <param name="Total">The table's margin: for types, nationalities and categories a case counts once under each it names, so this total counts mentions.</param>
/// <param name="CountsMentions">True when a case may count in several rows (types, nationalities, categories).</param>
/// <param name="Years">Every year the data covers.</param>
/// <param name="Missions">Every mission the data names.</param>
/// <param name="Source">Where the numbers come from.</param>
public sealed record StatisticsTable(
    string By,
    int? Year,
    string? Mission,
    IReadOnlyList<StatisticsRow> Rows,
    StatisticsRow Total,
    bool CountsMentions,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Missions,
    string Source);
