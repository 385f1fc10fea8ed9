using System.Globalization;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Platform.Geo;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// Turns one GED row into a <see cref="ConflictEvent"/> following the UCDP GED Codebook (23.1): the
/// codebook's <c>type_of_violence</c> 1 (state-based) and 2 (non-state) are armed clashes, 3
/// (one-sided violence) is an attack on civilians; <c>date_prec</c> 1-5 becomes day, week, week,
/// month, year; <c>country</c> is a name (its <c>country_id</c> is a Gleditsch-Ward number, not ISO).
/// Each bad value is reported with its row and column; a row with any is not returned.
/// </summary>
internal sealed class GedRowMapper(string? version, ImportProblems problems)
{
    public const string Dataset = "UCDP GED";

    /// <summary>Notes keep the source's headline (or article reference) short.</summary>
    public const int NotesLength = 500;

    private readonly Dictionary<string, string?> _countries = new(StringComparer.Ordinal);

    public ConflictEvent? Map<TRow>(ref TRow row, int rowNumber)
        where TRow : IGedRow, allows ref struct
    {
        var before = problems.Count;
        var id = row.Span(GedField.Id).Trim();
        if (id.IsEmpty)
        {
            Problem(ref row, rowNumber, GedField.Id, "id.missing", null);
        }
        else if (id.Length > 100)
        {
            Problem(ref row, rowNumber, GedField.Id, "id.too-long", id);
        }

        var start = Date(ref row, rowNumber, GedField.DateStart);
        var end = Date(ref row, rowNumber, GedField.DateEnd);
        if (start is { } s && end is { } e && e < s)
        {
            Problem(ref row, rowNumber, GedField.DateEnd, "date.before-start", row.Span(GedField.DateEnd));
        }

        var latitude = Coordinate(ref row, rowNumber, GedField.Latitude, 90, "latitude");
        var longitude = Coordinate(ref row, rowNumber, GedField.Longitude, 180, "longitude");
        var type = Int(ref row, rowNumber, GedField.TypeOfViolence, required: true);
        if (type is not (null or 1 or 2 or 3))
        {
            Problem(ref row, rowNumber, GedField.TypeOfViolence, "type.unknown", row.Span(GedField.TypeOfViolence));
        }

        var best = Count(ref row, rowNumber, GedField.Best, required: true);
        var low = Count(ref row, rowNumber, GedField.Low, required: false);
        var high = Count(ref row, rowNumber, GedField.High, required: false);
        var civilians = Count(ref row, rowNumber, GedField.DeathsCivilians, required: false);
        var datePrec = Int(ref row, rowNumber, GedField.DatePrec, required: false);
        if (datePrec is not (null or >= 1 and <= 5))
        {
            Problem(ref row, rowNumber, GedField.DatePrec, "precision.unknown", row.Span(GedField.DatePrec));
        }

        var wherePrec = Int(ref row, rowNumber, GedField.WherePrec, required: false);
        var gid = Int(ref row, rowNumber, GedField.PrioGridGid, required: false);
        if (gid is not (null or >= 1 and <= 259_200))
        {
            Problem(ref row, rowNumber, GedField.PrioGridGid, "priogrid.range", row.Span(GedField.PrioGridGid));
        }

        if (problems.Count > before)
        {
            return null;
        }

        var threeSided = type == 3;
        return new ConflictEvent
        {
            Source = EventSource.UcdpGed,
            Dataset = Dataset,
            DatasetVersion = version,
            SourceId = row.Text(GedField.Id).Trim(),
            RowNumber = rowNumber,
            DateStart = start!.Value,
            DateEnd = end!.Value,
            DatePrecision = datePrec switch
            {
                2 or 3 => DatePrecision.Week,
                4 => DatePrecision.Month,
                5 => DatePrecision.Year,
                _ => DatePrecision.Day,
            },
            Latitude = latitude!.Value,
            Longitude = longitude!.Value,
            GeoPrecision = wherePrec,
            CountryIso2 = CountryOf(row.Text(GedField.Country)),
            Admin1 = Optional(ref row, GedField.Adm1, 200),
            Admin2 = Optional(ref row, GedField.Adm2, 200),
            Locality = Optional(ref row, GedField.WhereCoordinates, 300),
            // The file's cell is UCDP's own assignment; a point on a cell edge may fall either side.
            PrioGridGid = gid ?? PrioGrid.CellOf(latitude.Value, longitude.Value),
            Threat = threeSided ? ThreatType.AttackOnCivilians : ThreatType.ArmedClashNearCivilians,
            AgainstCivilians = threeSided,
            SourceType = type!.Value.ToString(CultureInfo.InvariantCulture),
            Actor1 = Optional(ref row, GedField.SideA, 300),
            Actor2 = Optional(ref row, GedField.SideB, 300),
            Fatalities = best!.Value,
            FatalitiesLow = low,
            FatalitiesHigh = high,
            CivilianDeaths = civilians,
            Notes = Optional(ref row, GedField.SourceHeadline, NotesLength) ?? Optional(ref row, GedField.SourceArticle, NotesLength),
        };
    }

    /// <summary>"DR Congo (Zaire)", "Yemen (North Yemen)": GED adds former names in brackets.</summary>
    private string? CountryOf(string name)
    {
        if (!_countries.TryGetValue(name, out var iso))
        {
            var trimmed = name.Trim();
            iso = Countries.FromEnglishName(trimmed);
            if (iso is null && trimmed.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0)
            {
                iso = Countries.FromEnglishName(trimmed[..cut]);
            }

            _countries[name] = iso;
        }

        return iso;
    }

    private static string? Optional<TRow>(ref TRow row, GedField field, int max)
        where TRow : IGedRow, allows ref struct
    {
        var span = row.Span(field).Trim();
        if (span.IsEmpty)
        {
            return null;
        }

        return span.Length <= max ? (span.Length == row.Span(field).Length ? row.Text(field) : span.ToString()) : string.Concat(span[..(max - 1)], "…");
    }

    private DateOnly? Date<TRow>(ref TRow row, int rowNumber, GedField field)
        where TRow : IGedRow, allows ref struct
    {
        var text = row.Span(field).Trim();
        // GED writes 2009-02-20, 2009-02-20T00:00:00 (GeoJSON) or 2009-02-20 00:00:00.000 (CSV).
        var day = text.Length > 10 && (text[10] == 'T' || text[10] == ' ') ? text[..10] : text;
        if (text.IsEmpty)
        {
            Problem(ref row, rowNumber, field, "date.missing", null);
            return null;
        }

        if (!TryDay(day, out var date))
        {
            Problem(ref row, rowNumber, field, "date.invalid", text);
            return null;
        }

        return date;
    }

    /// <summary><c>yyyy-MM-dd</c> read digit by digit (the fast path of a million rows); anything else is invalid.</summary>
    private static bool TryDay(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text[5..7], out var month) || !TryDigits(text[8..], out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private double? Coordinate<TRow>(ref TRow row, int rowNumber, GedField field, double limit, string name)
        where TRow : IGedRow, allows ref struct
    {
        var text = row.Span(field).Trim();
        if (text.IsEmpty)
        {
            Problem(ref row, rowNumber, field, name + ".missing", null);
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(ref row, rowNumber, field, name + ".invalid", text);
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            Problem(ref row, rowNumber, field, name + ".range", text);
            return null;
        }

        return value;
    }

    private int? Int<TRow>(ref TRow row, int rowNumber, GedField field, bool required)
        where TRow : IGedRow, allows ref struct
    {
        var text = row.Span(field).Trim();
        if (text.IsEmpty)
        {
            if (required)
            {
                Problem(ref row, rowNumber, field, "value.missing", null);
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem(ref row, rowNumber, field, "number.invalid", text);
            return null;
        }

        return value;
    }

    private int? Count<TRow>(ref TRow row, int rowNumber, GedField field, bool required)
        where TRow : IGedRow, allows ref struct
    {
        var text = row.Span(field).Trim();
        if (text.IsEmpty)
        {
            if (required)
            {
                Problem(ref row, rowNumber, field, "deaths.missing", null);
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            Problem(ref row, rowNumber, field, "deaths.invalid", text);
            return null;
        }

        return value;
    }

    private void Problem<TRow>(ref TRow row, int rowNumber, GedField field, string code, ReadOnlySpan<char> value)
        where TRow : IGedRow, allows ref struct =>
        problems.Add(new ImportProblem(rowNumber, row.ColumnOf(field), code, value.IsEmpty ? null : Shorten(value)));

    internal static string Shorten(ReadOnlySpan<char> value) => value.Length <= 80 ? value.ToString() : string.Concat(value[..79], "…");
}
