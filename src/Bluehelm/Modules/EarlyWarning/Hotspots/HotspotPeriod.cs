namespace Bluehelm.Modules.EarlyWarning.Hotspots;

/// <summary>The period analysed (inclusive) and the latest event date available, when there is any data.</summary>
internal sealed record HotspotPeriod(DateOnly From, DateOnly To, DateOnly? LatestData);
