using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>What the board is asked for: the open alerts of the user's missions, narrowed by these (all optional).</summary>
internal sealed record BoardFilter(
    string? Mission = null, Severity? Severity = null, AlertStatus? Status = null, ThreatType? ThreatType = null, Guid? Site = null,
    bool OverdueOnly = false, int Page = 1);

/// <summary>A line of the board: one alert, or a group of probable duplicates led by the one that ranks first.</summary>
internal sealed record BoardRow(AlertSummary Lead, IReadOnlyList<AlertSummary> Members)
{
    public int Count => Members.Count;

    public bool Overdue => Members.Any(m => m.Overdue);

    /// <summary>The most severe member's severity (critical is the smallest value).</summary>
    public Severity Severity => Members.Min(m => m.Severity);
}

/// <summary>A nearest site that open alerts of the scope have, for the site filter.</summary>
internal sealed record BoardSite(Guid Id, string Name, int Count);

/// <summary>Counts of the open alerts in scope (before the filters), for the line at the top of the board.</summary>
internal sealed record BoardCounts(int Total, int Overdue, IReadOnlyDictionary<AlertStatus, int> ByStatus, IReadOnlyDictionary<Severity, int> BySeverity);

/// <summary>One page of the board.</summary>
internal sealed record BoardView(
    BoardCounts Counts, IReadOnlyList<BoardSite> Sites, IReadOnlyList<BoardRow> Rows, int Page, int PageSize, int TotalRows, int TotalAlerts)
{
    public int PageCount => Math.Max(1, (TotalRows + PageSize - 1) / PageSize);

    /// <summary>1-based position of the first row of this page (0 when there is none).</summary>
    public int First => TotalRows == 0 ? 0 : ((Page - 1) * PageSize) + 1;

    public int Last => Math.Min(TotalRows, Page * PageSize);
}
