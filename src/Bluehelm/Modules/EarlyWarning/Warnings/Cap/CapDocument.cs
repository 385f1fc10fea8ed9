namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>What Bluehelm reads of a valid CAP 1.2 alert: its header, its first info block, its first area's point.</summary>
internal sealed record CapDocument(
    string Identifier,
    string Sender,
    DateTimeOffset Sent,
    string Status,
    string MsgType,
    string Scope,
    string Headline,
    string? Description,
    string? Language,
    string Urgency,
    string Severity,
    string Certainty,
    string? AreaDesc,
    double? Latitude,
    double? Longitude,
    int InfoCount,
    int AreaCount,
    bool Signed,
    string? Threat);
