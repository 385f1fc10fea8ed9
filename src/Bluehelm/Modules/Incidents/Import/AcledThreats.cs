using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// ACLED event types to the threat taxonomy of PRODUCT.md, decided from the ACLED codebooks (current,
/// 2019 and pre-2019 editions); docs/events.md has the same table for readers of the data.
///
/// <code>
/// event_type                  sub_event_type                         threat
/// Violence against civilians  Sexual violence                        SexualViolence
///                             Abduction/forced disappearance         Abduction
///                             Attack, or none (pre-2019)             AttackOnCivilians
/// Explosions/Remote violence  any (air/drone strike, shelling, IED,  ShellingOrExplosive
///   (pre-2019 Remote violence)  grenade, suicide bomb, chemical)
/// Battles (pre-2019 Battle-No change of territory, Battle-Government
///   regains territory, Battle-Non-state actor overtakes territory)    ArmedClashNearCivilians
/// Riots                       Mob violence with civilian targeting   AttackOnCivilians
///                             other                                  Other
/// Protests (pre-2019 Riots/Protests)  any                            Other
/// Strategic developments      Looting/property destruction           LootingOrDestruction
///                             Headquarters or base established       MovementOfArmedGroup
///                             Non-violent transfer of territory      MovementOfArmedGroup
///                             Change to group/activity               MovementOfArmedGroup
///                             Agreement, Arrests, Disrupted weapons
///                             use, Other                             Other
/// Headquarters or base established, Non-violent transfer of territory
///   (pre-2019 event types)                                           MovementOfArmedGroup
/// Strategic development (pre-2019)                                   Other
/// anything else                                                      Other
/// </code>
///
/// The codebooks have no displacement type: ACLED records displacement, when at all, as a note on a
/// Strategic developments/Other event, which stays Other rather than being guessed from free text.
/// "Change to group/activity" covers relocations of forces and the like, the nearest to a movement of
/// an armed group. An event of another type that ACLED codes as civilian targeting keeps its own
/// threat (a shelling stays ShellingOrExplosive) but is counted as against civilians.
/// </summary>
internal static class AcledThreats
{
    /// <summary>The threat of an ACLED event, or null when <paramref name="eventType"/> is not an ACLED event type.</summary>
    public static ThreatType? TryMap(string? eventType, string? subEventType, bool civilianTargeting)
    {
        var type = (eventType ?? "").Trim().ToLowerInvariant();
        var sub = (subEventType ?? "").Trim().ToLowerInvariant();
        return type switch
        {
            "violence against civilians" => sub switch
            {
                "sexual violence" => ThreatType.SexualViolence,
                "abduction/forced disappearance" => ThreatType.Abduction,
                _ => ThreatType.AttackOnCivilians,
            },
            "explosions/remote violence" or "remote violence" => ThreatType.ShellingOrExplosive,
            "battles" or "battle-no change of territory" or "battle-government regains territory" or "battle-non-state actor overtakes territory" => ThreatType.ArmedClashNearCivilians,
            "riots" => sub == "mob violence" && civilianTargeting ? ThreatType.AttackOnCivilians : ThreatType.Other,
            "protests" or "riots/protests" => ThreatType.Other,
            "strategic developments" => sub switch
            {
                "looting/property destruction" => ThreatType.LootingOrDestruction,
                "headquarters or base established" or "non-violent transfer of territory" or "change to group/activity" => ThreatType.MovementOfArmedGroup,
                _ => ThreatType.Other,
            },
            "headquarters or base established" or "non-violent transfer of territory" => ThreatType.MovementOfArmedGroup,
            "strategic development" or "non-violent activity by a conflict actor" => ThreatType.Other,
            _ => null,
        };
    }

    /// <summary>Against civilians: the event type says so, or ACLED's <c>civilian_targeting</c> does.</summary>
    public static bool AgainstCivilians(string? eventType, bool civilianTargeting) =>
        civilianTargeting || string.Equals(eventType?.Trim(), "Violence against civilians", StringComparison.OrdinalIgnoreCase);
}
