using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents;

/// <summary>A verified incident: what happened, the casualties, the perpetrator, who verified it and when.</summary>
public sealed record IncidentDto(
    Guid Id, Guid AlertId, string WhatHappened, int Killed, int Injured, int CivilianDeaths, PerpetratorType Perpetrator, ThreatType Threat,
    string VerifiedBy, DateTimeOffset VerifiedAt);
