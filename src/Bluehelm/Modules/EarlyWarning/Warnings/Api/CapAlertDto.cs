namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>The Bluehelm alert made from a received CAP alert; <paramref name="Created"/> false when it had been made before.</summary>
public sealed record CapAlertDto(Guid AlertId, bool Created);
