using System.Globalization;
using System.Text;
using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The threat of an HXL <c>#event+type</c> (and <c>+sub</c>): an ACLED event type maps as
/// <see cref="AcledThreats"/> says; a taxonomy name (<c>AttackOnCivilians</c>, <c>sexual_violence</c>)
/// is itself; other text is matched against English and French keywords, the most specific threat
/// first (a "sexual violence" is not filed as an attack, a "shelling of a village" not as a clash);
/// else Other. The source's words are kept as <see cref="ConflictEvent.SourceType"/> in any case.
/// </summary>
internal static class HxlThreats
{
    // Each keyword starts a word of the text (accents and case ignored): "loot" matches "looting";
    // a keyword ending with a space is a whole word ("viol " is the French for rape, not "violence").
    private static readonly (ThreatType Threat, string[] Keywords)[] Table =
    [
        (ThreatType.SexualViolence, ["sexual", "rape", "sgbv", "gbv ", "sexuel", "viol ", "viols ", "violee"]),
        (ThreatType.ChildRecruitment, ["child recruit", "recruitment of child", "child soldier", "recrutement d enfant", "enfant soldat", "enfants soldats"]),
        (ThreatType.Abduction, ["abduct", "kidnap", "hostage", "forced disappearance", "enlevement", "enleve", "rapt ", "otage", "disparition forcee"]),
        (ThreatType.HateSpeechOrIncitement, ["hate speech", "incitement", "discours de haine", "incitation"]),
        (ThreatType.LootingOrDestruction, ["loot", "pillag", "arson", "property destruction", "destruction", "burn", "incendi", "pille"]),
        (ThreatType.Displacement, ["displace", "idp", "deplacement", "deplace", "refugee", "refugie"]),
        (ThreatType.ShellingOrExplosive, ["shell", "explosi", "ied ", "landmine", "mine ", "airstrike", "air strike", "drone", "bomb", "grenade", "artillery", "rocket", "mortar", "remote violence", "bombard", "engin explosif", "frappe aerienne", "artillerie", "roquette", "obus", "mortier"]),
        (ThreatType.ArmedClashNearCivilians, ["clash", "battle", "fighting", "exchange of fire", "affrontement", "combat", "accrochage", "echange de tirs"]),
        (ThreatType.ThreatOrIntimidation, ["threat", "intimidat", "extortion", "menace", "extorsion"]),
        (ThreatType.MovementOfArmedGroup, ["movement of armed", "armed group movement", "troop movement", "base established", "deployment", "convoy", "mouvement", "deploiement", "convoi"]),
        (ThreatType.AttackOnCivilians, ["attack", "killing", "killed", "murder", "massacre", "assault", "against civilian", "attaque", "meurtre", "assassinat", "tue ", "tues ", "tuerie", "agression", "contre les civils", "contre des civils", "exaction"]),
    ];

    public static ThreatType Map(string? type, string? subType)
    {
        if (AcledThreats.TryMap(type, subType, civilianTargeting: false) is { } acled)
        {
            return acled;
        }

        var name = (type ?? "").Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (name.Length > 0 && !name.All(char.IsAsciiDigit) && Enum.TryParse<ThreatType>(name, ignoreCase: true, out var named) && Enum.IsDefined(named))
        {
            return named;
        }

        var text = " " + Normalize(subType + " " + type) + " ";
        foreach (var (threat, keywords) in Table)
        {
            if (keywords.Any(k => text.Contains(" " + k, StringComparison.Ordinal)))
            {
                return threat;
            }
        }

        return ThreatType.Other;
    }

    /// <summary>Threats that are violence against civilians in themselves.</summary>
    public static bool AgainstCivilians(ThreatType threat) =>
        threat is ThreatType.AttackOnCivilians or ThreatType.SexualViolence or ThreatType.Abduction;

    // Lower case, no accents, every run of other characters one space: "Enlèvement d'enfants" -> "enlevement d enfants".
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }
}
