using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>A warning as the API shows it, with the CAP messages issued for it (oldest first).</summary>
public sealed record WarningDto(
    Guid Id,
    string Mission,
    WarningStatus Status,
    ThreatType ThreatType,
    CapUrgency Urgency,
    CapSeverity Severity,
    CapCertainty Certainty,
    CapScope Scope,
    string HeadlineEn,
    string HeadlineFr,
    string DescriptionEn,
    string DescriptionFr,
    string? InstructionEn,
    string? InstructionFr,
    string AreaDesc,
    string? Polygon,
    string? Circle,
    DateTimeOffset? Onset,
    DateTimeOffset Expires,
    string Author,
    DateTimeOffset DraftedAt,
    IReadOnlyList<WarningMessageDto> Messages)
{
    internal static WarningDto Of(Warning w) => new(
        w.Id, w.MissionCode, w.Status, w.ThreatType, w.Urgency, w.Severity, w.Certainty, w.Scope, w.HeadlineEn, w.HeadlineFr, w.DescriptionEn,
        w.DescriptionFr, w.InstructionEn, w.InstructionFr, w.AreaDesc, w.Polygon, w.Circle, w.Onset, w.Expires, w.AuthorName, w.DraftedAt,
        [.. w.Messages.OrderBy(m => m.Sequence).Select(m => new WarningMessageDto(m.Sequence, m.MsgType, m.Identifier, m.Sender, m.Sent, m.IssuedBy))]);
}
