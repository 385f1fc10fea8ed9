using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Localization;

namespace Bluehelm.Modules.Incidents;

/// <summary>
/// The query string of the event list, map and API (<c>from</c>, <c>to</c>, <c>threat</c> (repeatable),
/// <c>source</c>, <c>admin1</c>, <c>country</c>, <c>minFatalities</c>, <c>civilians</c>, <c>cursor</c>)
/// checked and turned into an <see cref="EventFilter"/>. Errors are (field, code) pairs: the API
/// returns the codes, the pages the words of <c>filter.error.&lt;code&gt;</c>.
/// </summary>
public sealed record EventFilterQuery(
    string? From = null,
    string? To = null,
    IReadOnlyList<string>? Threat = null,
    string? Source = null,
    string? Admin1 = null,
    string? Country = null,
    string? MinFatalities = null,
    string? Civilians = null,
    string? Cursor = null)
{
    public sealed record Parsed(EventFilter Filter, (DateOnly Day, Guid Id)? Cursor, IReadOnlyList<(string Field, string Code)> Errors)
    {
        public bool Valid => Errors.Count == 0;
    }

    public Parsed Parse()
    {
        var errors = new List<(string, string)>();
        var from = Day(From, "from", errors);
        var to = Day(To, "to", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add(("to", "before-from"));
        }

        var threats = new List<ThreatType>();
        foreach (var text in (Threat ?? []).Where(x => !string.IsNullOrWhiteSpace(x)))
        {
            if (EventNames.Parse<ThreatType>(text) is { } threat)
            {
                threats.Add(threat);
            }
            else
            {
                errors.Add(("threat", "unknown-threat"));
            }
        }

        EventSource? source = null;
        if (!string.IsNullOrWhiteSpace(Source))
        {
            source = EventNames.ParseSource(Source);
            if (source is null)
            {
                errors.Add(("source", "unknown-source"));
            }
        }

        var country = Country?.Trim();
        if (!string.IsNullOrEmpty(country) && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            errors.Add(("country", "bad-country"));
        }

        int? minFatalities = null;
        if (!string.IsNullOrWhiteSpace(MinFatalities))
        {
            if (Numbers.TryParseCount(MinFatalities, out var min))
            {
                minFatalities = min;
            }
            else
            {
                errors.Add(("minFatalities", "bad-number"));
            }
        }

        var civilians = Civilians?.Trim().ToLowerInvariant() switch
        {
            null or "" or "false" or "0" or "off" => false,
            "true" or "1" or "on" => true,
            _ => (bool?)null,
        };
        if (civilians is null)
        {
            errors.Add(("civilians", "bad-flag"));
        }

        (DateOnly, Guid)? cursor = null;
        if (!string.IsNullOrEmpty(Cursor))
        {
            if (EventCursor.TryParse(Cursor, out var day, out var id))
            {
                cursor = (day, id);
            }
            else
            {
                errors.Add(("cursor", "bad-cursor"));
            }
        }

        var filter = new EventFilter(
            from, to, threats.Distinct().ToList(), source, string.IsNullOrWhiteSpace(Admin1) ? null : Admin1.Trim(),
            string.IsNullOrEmpty(country) ? null : country.ToUpperInvariant(), minFatalities, civilians == true);
        return new Parsed(filter, cursor, errors.Distinct().ToList());
    }

    /// <summary>The query string of the filters alone (no cursor), for links to the next page, the map and the GeoJSON.</summary>
    public string ToQueryString() => string.Join('&', Pairs().Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value!.Trim())));

    private IEnumerable<(string Key, string? Value)> Pairs()
    {
        yield return ("from", From);
        yield return ("to", To);
        foreach (var t in Threat ?? [])
        {
            yield return ("threat", t);
        }

        yield return ("source", Source);
        yield return ("admin1", Admin1);
        yield return ("country", Country);
        yield return ("minFatalities", MinFatalities);
        yield return ("civilians", Civilians is { Length: > 0 } c && c != "false" && c != "0" && c != "off" ? "true" : null);
    }

    private static DateOnly? Day(string? text, string field, List<(string, string)> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add((field, "bad-date"));
        return null;
    }
}
