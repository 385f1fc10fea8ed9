using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

public sealed class AcledThreatsTests
{
    [Theory]
    [InlineData("Violence against civilians", "Sexual violence", false, ThreatType.SexualViolence)]
    [InlineData("Violence against civilians", "Abduction/forced disappearance", false, ThreatType.Abduction)]
    [InlineData("Violence against civilians", "Attack", false, ThreatType.AttackOnCivilians)]
    [InlineData("VIOLENCE AGAINST CIVILIANS", "", false, ThreatType.AttackOnCivilians)]
    [InlineData("Explosions/Remote violence", "Shelling/artillery/missile attack", false, ThreatType.ShellingOrExplosive)]
    [InlineData("Explosions/Remote violence", "Grenade", true, ThreatType.ShellingOrExplosive)]
    [InlineData("Remote violence", "", false, ThreatType.ShellingOrExplosive)]
    [InlineData("Battles", "Armed clash", false, ThreatType.ArmedClashNearCivilians)]
    [InlineData("Battle-Government regains territory", "", false, ThreatType.ArmedClashNearCivilians)]
    [InlineData("Battle-Non-state actor overtakes territory", "", false, ThreatType.ArmedClashNearCivilians)]
    [InlineData("Riots", "Mob violence", true, ThreatType.AttackOnCivilians)]
    [InlineData("Riots", "Mob violence", false, ThreatType.Other)]
    [InlineData("Riots", "Violent demonstration", true, ThreatType.Other)]
    [InlineData("Protests", "Excessive force against protesters", false, ThreatType.Other)]
    [InlineData("Riots/Protests", "", false, ThreatType.Other)]
    [InlineData("Strategic developments", "Looting/property destruction", false, ThreatType.LootingOrDestruction)]
    [InlineData("Strategic developments", "Headquarters or base established", false, ThreatType.MovementOfArmedGroup)]
    [InlineData("Strategic developments", "Non-violent transfer of territory", false, ThreatType.MovementOfArmedGroup)]
    [InlineData("Strategic developments", "Change to group/activity", false, ThreatType.MovementOfArmedGroup)]
    [InlineData("Strategic developments", "Arrests", false, ThreatType.Other)]
    [InlineData("Strategic developments", "Other", false, ThreatType.Other)]
    [InlineData("Headquarters or base established", "", false, ThreatType.MovementOfArmedGroup)]
    [InlineData("Strategic development", "", false, ThreatType.Other)]
    public void TryMap_AcledType_IsTheDocumentedThreat(string type, string sub, bool civilianTargeting, ThreatType expected) =>
        AcledThreats.TryMap(type, sub, civilianTargeting).ShouldBe(expected);

    [Theory]
    [InlineData("Attaque")]
    [InlineData("")]
    [InlineData(null)]
    public void TryMap_NotAnAcledType_IsNull(string? type) => AcledThreats.TryMap(type, null, false).ShouldBeNull();

    [Theory]
    [InlineData("Violence against civilians", false, true)]
    [InlineData("Riots", true, true)]
    [InlineData("Explosions/Remote violence", true, true)]
    [InlineData("Battles", false, false)]
    public void AgainstCivilians_TypeOrTargeting_SaysSo(string type, bool targeting, bool expected) =>
        AcledThreats.AgainstCivilians(type, targeting).ShouldBe(expected);
}
