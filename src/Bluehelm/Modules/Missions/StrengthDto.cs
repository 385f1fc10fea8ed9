namespace Bluehelm.Modules.Missions;

/// <summary>Uniformed personnel of a mission in a month.</summary>
public sealed record StrengthDto(DateOnly Month, int? Troops, int? Police, int? Observers, int? Total);
