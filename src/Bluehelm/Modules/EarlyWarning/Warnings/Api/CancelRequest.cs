namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Why a warning is cancelled (optional, written as the CAP Cancel's note).</summary>
public sealed record CancelRequest(string? Reason);
