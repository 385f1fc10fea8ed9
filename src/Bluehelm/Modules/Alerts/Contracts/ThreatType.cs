namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>Threat taxonomy of PRODUCT.md, shared by alerts and incidents (imports map ACLED and UCDP types to it).</summary>
public enum ThreatType
{
    AttackOnCivilians = 1,
    SexualViolence = 2,
    Abduction = 3,
    LootingOrDestruction = 4,
    ArmedClashNearCivilians = 5,
    ShellingOrExplosive = 6,
    ThreatOrIntimidation = 7,
    Displacement = 8,
    ChildRecruitment = 9,
    HateSpeechOrIncitement = 10,
    MovementOfArmedGroup = 11,
    Other = 12,
}
