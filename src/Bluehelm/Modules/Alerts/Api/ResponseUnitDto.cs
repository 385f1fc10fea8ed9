namespace Bluehelm.Modules.Alerts;

/// <summary>A unit of a response.</summary>
public sealed record ResponseUnitDto(Guid Id, string Name);
