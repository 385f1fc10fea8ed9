namespace Bluehelm.Modules.Incidents;

/// <summary>Who committed a verified incident, in the broad classes POC reporting uses (as far as the mission knows).</summary>
public enum PerpetratorType
{
    StateForces = 1,
    NonStateArmedGroup = 2,
    CommunalMilitia = 3,
    Criminal = 4,
    Unknown = 5,
    Other = 6,
}
