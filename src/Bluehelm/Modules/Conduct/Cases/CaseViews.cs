using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>A case in a list: what every reader of it may see (a member state gets no urgency).</summary>
public sealed record CaseSummary(
    Guid Id, string Reference, string Mission, CaseSource Source, CaseStage Stage, DateOnly ReportedOn, DatePrecision ReportedPrecision,
    bool? Urgent, DateOnly? InvestigationDue, DateOnly? ReferralDue, bool Overdue);

/// <summary>A page of cases, newest first.</summary>
public sealed record CasePage(IReadOnlyList<CaseSummary> Items, int Page, int PageSize, int Total);

/// <summary>The list's filters; <see cref="History"/> shows the imported public table instead of live cases.</summary>
public sealed record CaseFilter(CaseStage? Stage, string? Mission, int? Year, bool History, int Page)
{
    public string Describe() =>
        $"stage={Stage?.ToString() ?? "any"}; mission={Mission ?? "any"}; year={Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}; history={(History ? "yes" : "no")}; page={Page.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>
/// One case as its reader may see it: a section is null when the reader may not see it (never an
/// empty stand-in). Sealed parts are never here; <c>…Sealed</c> flags say a sealed value exists.
/// </summary>
public sealed record CaseDetail(
    Guid Id,
    string Reference,
    string Mission,
    CaseSource Source,
    CaseStage Stage,
    int Version,
    DateOnly ReportedOn,
    DatePrecision ReportedPrecision,
    DateOnly? ReferredOn,
    DateOnly? ReferralDue,
    int? ReferralWorkingDaysLeft,
    DateOnly? MemberStateAnsweredOn,
    NioStatus Nio,
    DateOnly? InvestigationStartedOn,
    DateOnly? InvestigationCompletedOn,
    DateOnly? InvestigationDue,
    int? InvestigationDaysLeft,
    bool Paused,
    DateOnly? ClosedOn,
    IReadOnlyList<string> Requests,
    IReadOnlyList<ActionView> MemberStateActions,
    CaseFacts? Facts,
    IReadOnlyList<VictimView>? Victims,
    InvestigationView? Investigation,
    CasePermissions Permissions);

/// <summary>What the mission's people see of the allegation itself (not a member state).</summary>
public sealed record CaseFacts(
    bool Urgent, HowReported HowReported, DateOnly? IncidentFrom, DatePrecision IncidentFromPrecision, DateOnly? IncidentTo, DatePrecision IncidentToPrecision,
    IReadOnlyList<AllegationView> Allegations, bool PaternityClaimed, Answer PaternityEstablished, bool NarrativeSealed, bool ReporterSealed);

public sealed record AllegationView(Guid Id, AllegationCategory Category, AllegationType Type, string? SourceText);

public sealed record SubjectView(Guid Id, int Count, PersonnelCategory Category, string? Nationality, string? Unit, bool IdentitySealed);

public sealed record VictimView(Guid Id, int Count, AgeGroup AgeGroup, Sex Sex, bool IdentitySealed);

public sealed record MeasureView(Guid Id, ActionBy By, MeasureKind Kind, int Count, DateOnly? On);

public sealed record ActionView(Guid Id, ActionBy By, ActionKind Kind, int Count, DateOnly? On);

public sealed record PauseView(Guid Id, DateOnly From, DateOnly? To, string Reason);

/// <summary>Investigation detail: the conduct officers' and admins' only.</summary>
public sealed record InvestigationView(
    InvestigatingEntity Entity, Finding Finding, string? FindingText, int? InvestigationDays, Answer CriminalReferral, string? ClosureNote,
    IReadOnlyList<SubjectView> Subjects, IReadOnlyList<MeasureView> Measures, IReadOnlyList<ActionView> Actions, IReadOnlyList<PauseView> Pauses);

/// <summary>What the reader may do with this case.</summary>
public sealed record CasePermissions(bool Manage, bool RevealVictims, bool RevealSubjects, bool RevealNarrative, bool ReadAudit);

/// <summary>A revealed sealed value: its fields (name, contact…; the narrative as <c>text</c>).</summary>
public sealed record RevealedValue(SealedPart Part, Guid? ItemId, IReadOnlyDictionary<string, string> Fields);

/// <summary>A line of a case's trail.</summary>
public sealed record CaseAuditLine(DateTimeOffset At, string Actor, string Action, string EntityType, string? EntityId, string? Details);
