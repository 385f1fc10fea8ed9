namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A received CAP alert as stored: <paramref name="Created"/> false when the same sender and identifier had
/// been received before; <paramref name="Signed"/> says it carries an XML signature, which is not verified.
/// </summary>
public sealed record ReceivedCapDto(
    Guid Id, string Sender, string Identifier, DateTimeOffset Sent, string MsgType, string Status, string Scope, string Headline,
    string Urgency, string Severity, string Certainty, string? AreaDesc, double? Latitude, double? Longitude, int InfoCount, int AreaCount,
    bool Signed, bool SignatureVerified, string? Mission, Guid? AlertId, bool Created);
