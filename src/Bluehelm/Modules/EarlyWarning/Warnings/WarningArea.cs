using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// A warning's area: a polygon ("lat,lon lat,lon ...", CAP 1.2 §3.2.4) and/or a circle ("lat,lon radius",
/// radius in kilometres). Checked with NetTopologySuite: a closed ring of at least three distinct points,
/// not crossing itself, every coordinate in range; a circle with a radius above 0 and at most
/// <see cref="MaxRadiusKm"/>. Coordinates are written with a decimal point, as CAP writes them.
/// </summary>
internal sealed record WarningArea(IReadOnlyList<(double Lat, double Lon)>? Polygon, (double Lat, double Lon, double RadiusKm)? Circle)
{
    /// <summary>A circle wider than this is no early warning's area but a region's; an area that large is a typing slip.</summary>
    public const double MaxRadiusKm = 500;

    public const int MaxVertices = 500;

    private static readonly GeometryFactory Factory = new();

    /// <summary>Reads the area; <paramref name="errors"/> gets (field, code) per problem: field "polygon", "circle" or "area".</summary>
    public static WarningArea? Parse(string? polygon, string? circle, List<(string Field, string Code)> errors)
    {
        var hasPolygon = !string.IsNullOrWhiteSpace(polygon);
        var hasCircle = !string.IsNullOrWhiteSpace(circle);
        if (!hasPolygon && !hasCircle)
        {
            errors.Add(("area", "area-required"));
            return null;
        }

        var p = hasPolygon ? ParsePolygon(polygon!, errors) : null;
        var c = hasCircle ? ParseCircle(circle!, errors) : null;
        return (hasPolygon && p is null) || (hasCircle && c is null) ? null : new WarningArea(p, c);
    }

    public static IReadOnlyList<(double Lat, double Lon)>? ParsePolygon(string text, List<(string Field, string Code)> errors)
    {
        var pairs = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (pairs.Length > MaxVertices + 1)
        {
            errors.Add(("polygon", "polygon-too-many"));
            return null;
        }

        var points = new List<(double Lat, double Lon)>(pairs.Length + 1);
        foreach (var pair in pairs)
        {
            if (!TryPair(pair, out var lat, out var lon))
            {
                errors.Add(("polygon", "polygon-format"));
                return null;
            }

            if (!InRange(lat, lon))
            {
                errors.Add(("polygon", "coordinates-out-of-range"));
                return null;
            }

            points.Add((lat, lon));
        }

        // A ring typed without its closing pair is closed here, as CAP requires the first pair repeated last.
        if (points.Count > 0 && points[0] != points[^1])
        {
            points.Add(points[0]);
        }

        if (points.Distinct().Count() < 3)
        {
            errors.Add(("polygon", "polygon-too-few"));
            return null;
        }

        var ring = Factory.CreateLinearRing([.. points.Select(p => new Coordinate(p.Lon, p.Lat))]);
        var shape = Factory.CreatePolygon(ring);
        if (!new IsValidOp(shape).IsValid || shape.Area <= 0)
        {
            errors.Add(("polygon", "polygon-self-intersecting"));
            return null;
        }

        return points;
    }

    public static (double Lat, double Lon, double RadiusKm)? ParseCircle(string text, List<(string Field, string Code)> errors)
    {
        var parts = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !TryPair(parts[0], out var lat, out var lon) || !TryNumber(parts[1], out var radius))
        {
            errors.Add(("circle", "circle-format"));
            return null;
        }

        if (!InRange(lat, lon))
        {
            errors.Add(("circle", "coordinates-out-of-range"));
            return null;
        }

        if (radius <= 0 || radius > MaxRadiusKm)
        {
            errors.Add(("circle", "circle-radius"));
            return null;
        }

        return (lat, lon, radius);
    }

    /// <summary>The polygon as CAP writes it, first pair repeated last; null without one.</summary>
    public string? PolygonText => Polygon is null ? null : string.Join(' ', Polygon.Select(p => Pair(p.Lat, p.Lon)));

    /// <summary>The circle as CAP writes it; null without one.</summary>
    public string? CircleText => Circle is { } c ? Pair(c.Lat, c.Lon) + " " + Number(c.RadiusKm) : null;

    /// <summary>The point the area is about: the polygon's centroid, else the circle's centre.</summary>
    public (double Lat, double Lon) Centre
    {
        get
        {
            if (Polygon is not null)
            {
                var c = ToPolygon(Polygon).Centroid;
                return (c.Y, c.X);
            }

            return (Circle!.Value.Lat, Circle.Value.Lon);
        }
    }

    /// <summary>The area again from what <see cref="PolygonText"/> and <see cref="CircleText"/> stored.</summary>
    public static WarningArea FromStored(string? polygon, string? circle) =>
        Parse(polygon, circle, []) ?? throw new InvalidOperationException("A stored area no longer reads.");

    public static WarningArea FromPolygon(IReadOnlyList<(double Lat, double Lon)> points) => new(points, null);

    public static Polygon ToPolygon(IReadOnlyList<(double Lat, double Lon)> points) =>
        Factory.CreatePolygon([.. points.Select(p => new Coordinate(p.Lon, p.Lat))]);

    /// <summary>A PRIO-GRID cell's square (0.5 degree) as a closed polygon, corners from the south-west, anticlockwise.</summary>
    public static string CellPolygon(int gid)
    {
        var (lat, lon) = Bluehelm.Platform.Geo.PrioGrid.CentreOf(gid);
        var (s, w, n, e) = (lat - 0.25, lon - 0.25, lat + 0.25, lon + 0.25);
        return string.Join(' ', new[] { (s, w), (s, e), (n, e), (n, w), (s, w) }.Select(p => Pair(p.Item1, p.Item2)));
    }

    public static string Pair(double lat, double lon) => Number(lat) + "," + Number(lon);

    public static string Number(double value) => Math.Round(value, 5).ToString("0.#####", CultureInfo.InvariantCulture);

    private static bool InRange(double lat, double lon) => lat is >= -90 and <= 90 && lon is >= -180 and <= 180;

    private static bool TryPair(string pair, out double lat, out double lon)
    {
        lat = lon = 0;
        var comma = pair.IndexOf(',', StringComparison.Ordinal);
        return comma > 0 && pair.IndexOf(',', comma + 1) < 0 && TryNumber(pair[..comma], out lat) && TryNumber(pair[(comma + 1)..], out lon);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
