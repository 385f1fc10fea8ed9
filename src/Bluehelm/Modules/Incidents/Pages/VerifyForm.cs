using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Localization;

namespace Bluehelm.Modules.Incidents;

/// <summary>The verification form as typed: counts read the way people write them in either language (<see cref="Numbers.TryParseCount"/>).</summary>
public sealed class VerifyForm
{
    /// <summary>Field ids (the API's field names) → the form's property, for <see cref="Platform.Layout.FormErrors"/>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Properties = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["whatHappened"] = nameof(WhatHappened),
        ["killed"] = nameof(Killed),
        ["injured"] = nameof(Injured),
        ["civilianDeaths"] = nameof(CivilianDeaths),
        ["perpetrator"] = nameof(Perpetrator),
        ["threat"] = nameof(Threat),
        ["latitude"] = nameof(Latitude),
        ["longitude"] = nameof(Longitude),
    };

    public string? WhatHappened { get; set; }

    public string? Killed { get; set; } = "0";

    public string? Injured { get; set; } = "0";

    public string? CivilianDeaths { get; set; } = "0";

    public PerpetratorType Perpetrator { get; set; } = PerpetratorType.Unknown;

    public ThreatType Threat { get; set; }

    public string? Latitude { get; set; }

    public string? Longitude { get; set; }

    /// <summary>The request, with each field that could not be read listed in <paramref name="bad"/>.</summary>
    internal VerifyIncidentRequest ToRequest(List<string> bad) => new(
        WhatHappened, Count(Killed, "killed", bad), Count(Injured, "injured", bad), Count(CivilianDeaths, "civilianDeaths", bad), Perpetrator, Threat,
        Degrees(Latitude, "latitude", bad), Degrees(Longitude, "longitude", bad));

    private static int Count(string? text, string field, List<string> bad)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (Numbers.TryParseCount(text, out var n))
        {
            return n;
        }

        bad.Add(field);
        return 0;
    }

    private static double? Degrees(string? text, string field, List<string> bad)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A decimal comma (French) or point (English), whatever the interface language.
        if (double.TryParse(text.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        bad.Add(field);
        return null;
    }
}
