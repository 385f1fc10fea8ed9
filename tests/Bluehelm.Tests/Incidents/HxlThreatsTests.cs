using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

public sealed class HxlThreatsTests
{
    [Theory]
    [InlineData("Violence against civilians", "Sexual violence", ThreatType.SexualViolence)]
    [InlineData("Battles", null, ThreatType.ArmedClashNearCivilians)]
    [InlineData("sexual_violence", null, ThreatType.SexualViolence)]
    [InlineData("AttackOnCivilians", null, ThreatType.AttackOnCivilians)]
    [InlineData("Rape of a woman", null, ThreatType.SexualViolence)]
    [InlineData("Viol", null, ThreatType.SexualViolence)]
    [InlineData("Violence sexuelle", null, ThreatType.SexualViolence)]
    [InlineData("Violences contre les civils", null, ThreatType.AttackOnCivilians)]
    [InlineData("Enlèvement", null, ThreatType.Abduction)]
    [InlineData("Kidnapping", null, ThreatType.Abduction)]
    [InlineData("Recrutement d'enfants", null, ThreatType.ChildRecruitment)]
    [InlineData("Child recruitment", null, ThreatType.ChildRecruitment)]
    [InlineData("Pillage", null, ThreatType.LootingOrDestruction)]
    [InlineData("Incendie de maisons", null, ThreatType.LootingOrDestruction)]
    [InlineData("Déplacement de population", null, ThreatType.Displacement)]
    [InlineData("IDP movement", null, ThreatType.Displacement)]
    [InlineData("Bombardement", null, ThreatType.ShellingOrExplosive)]
    [InlineData("IED", null, ThreatType.ShellingOrExplosive)]
    [InlineData("Engin explosif improvisé", null, ThreatType.ShellingOrExplosive)]
    [InlineData("Affrontements", null, ThreatType.ArmedClashNearCivilians)]
    [InlineData("Menaces", null, ThreatType.ThreatOrIntimidation)]
    [InlineData("Discours de haine", null, ThreatType.HateSpeechOrIncitement)]
    [InlineData("Mouvement de groupe armé", null, ThreatType.MovementOfArmedGroup)]
    [InlineData("Attaque", null, ThreatType.AttackOnCivilians)]
    [InlineData("Civilians killed", null, ThreatType.AttackOnCivilians)]
    [InlineData("Rumour", null, ThreatType.Other)]
    [InlineData("", null, ThreatType.Other)]
    [InlineData("12", null, ThreatType.Other)]
    [InlineData(null, null, ThreatType.Other)]
    public void Map_TypeText_IsTheThreat(string? type, string? sub, ThreatType expected) =>
        HxlThreats.Map(type, sub).ShouldBe(expected);
}
