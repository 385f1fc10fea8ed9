namespace Bluehelm.Modules.EarlyWarning.Hotspots.Api;

/// <summary>Getis-Ord Gi* per PRIO-GRID cell of the study area for a period, with each cell's trend across four sub-periods.</summary>
public sealed record HotspotGridResponse(string Mission, DateOnly From, DateOnly To, DateOnly? LatestData, string? Type, int Events, IReadOnlyList<HotspotCellDto> Cells);
