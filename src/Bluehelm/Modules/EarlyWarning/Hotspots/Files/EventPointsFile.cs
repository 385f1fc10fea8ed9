using System.Globalization;
using nietras.SeparatedValues;

namespace Bluehelm.Modules.EarlyWarning.Hotspots.Files;

/// <summary>
/// Events read from a CSV for the hotspot commands: at least <c>id,latitude,longitude</c> (and
/// <c>date</c>, ISO 8601, when asked for), any other columns ignored. Read with Sep into plain arrays,
/// the shape the engines take. The first bad value stops the read with its line and column.
/// </summary>
internal sealed class EventPointsFile
{
    private EventPointsFile(string[] ids, double[] latitude, double[] longitude, int[]? days)
    {
        Ids = ids;
        Latitude = latitude;
        Longitude = longitude;
        Days = days;
    }

    internal string[] Ids { get; }

    internal double[] Latitude { get; }

    internal double[] Longitude { get; }

    /// <summary><see cref="DateOnly.DayNumber"/> of each event's date, when the dates were read.</summary>
    internal int[]? Days { get; }

    internal int Count => Ids.Length;

    internal static EventPointsFile Read(string path, bool withDates)
    {
        var name = Path.GetFileName(path);
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.Outer }).FromFile(path);
        var id = Column(reader, name, "id");
        var lat = Column(reader, name, "latitude");
        var lon = Column(reader, name, "longitude");
        var date = withDates ? Column(reader, name, "date") : -1;
        var ids = new List<string>();
        var latitude = new List<double>();
        var longitude = new List<double>();
        var days = withDates ? new List<int>() : null;
        var nextLine = 2;
        using var rows = reader.GetEnumerator();
        while (MoveNext(rows, name, nextLine, reader.Header.ColNames.Count))
        {
            var row = rows.Current;
            var line = row.LineNumberFrom;
            nextLine = row.LineNumberToExcl;
            var idText = row[id].ToString();
            if (idText.Length == 0)
            {
                throw Bad(name, line, "id", "the id is empty");
            }

            var y = Number(row[lat].Span, name, line, "latitude");
            var x = Number(row[lon].Span, name, line, "longitude");
            if (y is < -90 or > 90)
            {
                throw Bad(name, line, "latitude", $"'{row[lat].ToString()}' is not a latitude (-90 to 90)");
            }

            if (x is < -180 or > 180)
            {
                throw Bad(name, line, "longitude", $"'{row[lon].ToString()}' is not a longitude (-180 to 180)");
            }

            ids.Add(idText);
            latitude.Add(y);
            longitude.Add(x);
            if (days is not null)
            {
                days.Add(Day(row[date].Span, name, line));
            }
        }

        return new EventPointsFile([.. ids], [.. latitude], [.. longitude], days?.ToArray());
    }

    private static bool MoveNext(SepReader rows, string name, int line, int columns)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (InvalidDataException)
        {
            // Sep refuses a row whose column count differs from the header's; say where, in our words.
            throw Bad(name, line, "*", string.Create(CultureInfo.InvariantCulture, $"the row does not have the header's {columns} columns (quote values that hold a comma)"));
        }
    }

    private static int Column(SepReader reader, string name, string column) =>
        reader.Header.TryIndexOf(column, out var index)
            ? index
            : throw new HotspotFileException($"{name}: no '{column}' column (the header must name id, latitude, longitude{(column == "date" ? " and date" : "")})");

    private static double Number(ReadOnlySpan<char> text, string name, int line, string column) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Bad(name, line, column, $"'{text.ToString()}' is not a number (write degrees with a decimal point)");

    private static int Day(ReadOnlySpan<char> text, string name, int line)
    {
        // ISO 8601 dates; a time after the date (2020-03-21T10:00:00Z) is allowed and ignored.
        var date = text.Length > 10 && text[10] is 'T' or ' ' ? text[..10] : text;
        return DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.DayNumber
            : throw Bad(name, line, "date", $"'{text.ToString()}' is not an ISO date (2020-03-21)");
    }

    private static HotspotFileException Bad(string name, int line, string column, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{name}, line {line}, column {column}: {problem}"));
}
