namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The answer to an accepted alert. Possible duplicates are proposed to the officer on the alert's
/// page and by <c>GET /api/v1/alerts/{id}/duplicates</c>, not here: intake answers as soon as the alert is safe.
/// </summary>
public sealed record AlertCreated(Guid Id, AlertStatus Status, int? PrioGridGid, Guid? NearestSiteId, string? NearestSite, double? NearestSiteDistanceKm);
