using System.Text.Json;
using Bluehelm.Modules.Alerts.Contracts;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Incidents;

/// <summary>Enum values as the API, the query strings and the resources spell them (kebab case), and their localized words.</summary>
internal static class EventNames
{
    public static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    /// <summary>The value spelled <paramref name="text"/> in kebab case (any case), or null; numbers are not accepted.</summary>
    public static T? Parse<T>(string? text)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var wanted = text.Trim();
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Kebab(value), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A source by its kebab name, or the short names people use (<c>ucdp</c>, <c>ged</c>).</summary>
    public static EventSource? ParseSource(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "ucdp" or "ged" => EventSource.UcdpGed,
            var other => Parse<EventSource>(other),
        };

    public static string Label<T>(this IStringLocalizer<IncidentsText> text, T value)
        where T : struct, Enum
    {
        var s = text[typeof(T).Name.ToLowerInvariant() + "." + Kebab(value)];
        return s.ResourceNotFound ? Kebab(value) : s.Value;
    }

    /// <summary>Threats that are violence against civilians themselves (not fighting near them, nor a sign of it).</summary>
    public static bool IsAgainstCivilians(ThreatType threat) => threat is ThreatType.AttackOnCivilians or ThreatType.SexualViolence
        or ThreatType.Abduction or ThreatType.LootingOrDestruction or ThreatType.ThreatOrIntimidation or ThreatType.ChildRecruitment;
}
