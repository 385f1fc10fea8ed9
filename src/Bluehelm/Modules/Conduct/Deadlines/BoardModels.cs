using System.Text.Json;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>What the board shows of the open live cases: every stage, overdue first within each.</summary>
/// <param name="Today">The day (UTC) the deadlines were computed for.</param>
/// <param name="Open">Open cases in view (the mission filter applied, not the stage or overdue ones).</param>
/// <param name="Overdue">Of those, the ones past a deadline.</param>
/// <param name="Missions">The missions the reader may filter on (codes).</param>
/// <param name="Stages">Each open stage with its counts and the cases the filters keep.</param>
public sealed record ConductBoard(DateOnly Today, int Open, int Overdue, IReadOnlyList<string> Missions, IReadOnlyList<BoardStage> Stages);

/// <summary>One stage of the board.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Count">Open cases at this stage (before the stage and overdue filters).</param>
/// <param name="Overdue">Of those, past a deadline.</param>
/// <param name="Cases">The cases shown: overdue first, then the nearest deadline first.</param>
public sealed record BoardStage(CaseStage Stage, int Count, int Overdue, IReadOnlyList<BoardCase> Cases);

/// <summary>A case on the board: its reference, stage and deadlines; never a sealed field or the narrative.</summary>
/// <param name="Id">The case (its page is <c>/conduct/cases/{id}</c>).</param>
/// <param name="Reference">The reference people quote.</param>
/// <param name="Mission">The mission's code.</param>
/// <param name="Stage">Where the case stands.</param>
/// <param name="Urgent">The shorter investigation deadline applies.</param>
/// <param name="ReportedOn">When the allegation was reported.</param>
/// <param name="InvestigationDue">The investigation's deadline, pauses added; null when no investigation is running.</param>
/// <param name="InvestigationDaysLeft">Calendar days to the investigation's deadline (negative: overdue by that many).</param>
/// <param name="Paused">The investigation clock is stopped today.</param>
/// <param name="ReferralDue">The day the member state's answer is due; null when not referred or answered.</param>
/// <param name="ReferralWorkingDaysLeft">Working days to the member state's answer (negative: overdue by that many).</param>
/// <param name="Overdue">Either deadline is past.</param>
public sealed record BoardCase(
    Guid Id,
    string Reference,
    string Mission,
    CaseStage Stage,
    bool Urgent,
    DateOnly ReportedOn,
    DateOnly? InvestigationDue,
    int? InvestigationDaysLeft,
    bool Paused,
    DateOnly? ReferralDue,
    int? ReferralWorkingDaysLeft,
    bool Overdue);

/// <summary>The board's filters, as the page's GET form and the API's query string give them.</summary>
internal sealed record BoardFilter(string? Mission = null, CaseStage? Stage = null, bool OverdueOnly = false)
{
    /// <summary>The stages a case is on the board at (every stage but closed).</summary>
    public static readonly CaseStage[] OpenStages = [.. Enum.GetValues<CaseStage>().Where(s => s != CaseStage.Closed)];

    /// <summary>A stage as the API writes it (<c>investigation</c>); null when it is not an open stage.</summary>
    public static CaseStage? ParseStage(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : OpenStages.Where(s => string.Equals(Kebab(s), text.Trim(), StringComparison.OrdinalIgnoreCase)).Select(s => (CaseStage?)s).FirstOrDefault();

    public static string Kebab(CaseStage stage) => JsonNamingPolicy.KebabCaseLower.ConvertName(stage.ToString());

    public static bool ParseFlag(string? text) => text is "1" or "true" or "on";
}
