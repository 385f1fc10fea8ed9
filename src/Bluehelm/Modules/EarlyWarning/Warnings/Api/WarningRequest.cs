using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A warning's text and area, to draft one or to update an issued one. Enumerations in kebab case
/// (<c>attack-on-civilians</c>, <c>immediate</c>); <c>polygon</c> as "lat,lon lat,lon ..." (closed for you
/// when the first pair is not repeated), <c>circle</c> as "lat,lon radius-km"; at least one of the two.
/// </summary>
public sealed record WarningRequest(
    string? Mission,
    ThreatType? ThreatType,
    CapUrgency? Urgency,
    CapSeverity? Severity,
    CapCertainty? Certainty,
    CapScope? Scope,
    string? HeadlineEn,
    string? HeadlineFr,
    string? DescriptionEn,
    string? DescriptionFr,
    string? InstructionEn,
    string? InstructionFr,
    string? AreaDesc,
    string? Polygon,
    string? Circle,
    DateTimeOffset? Onset,
    DateTimeOffset? Expires);
