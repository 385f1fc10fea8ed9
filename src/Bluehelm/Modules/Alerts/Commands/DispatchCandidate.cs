using Bluehelm.Modules.Missions.Contracts;

namespace Bluehelm.Modules.Alerts;

/// <summary>A unit the JOC may send to an alert: its great-circle distance from the alert (null when either place is unknown) and its current tasking.</summary>
public sealed record DispatchCandidate(UnitRef Unit, double? DistanceKm, IReadOnlyList<UnitTasking> Tasking);
