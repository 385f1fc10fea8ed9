namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>One issued CAP message of a warning.</summary>
public sealed record WarningMessageDto(int Sequence, CapMsgType MsgType, string Identifier, string Sender, DateTimeOffset Sent, string IssuedBy);
