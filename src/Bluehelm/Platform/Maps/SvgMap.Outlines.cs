using System.Text;

namespace Bluehelm.Platform.Maps;

public static partial class SvgMap
{
    private static void AppendCountry(StringBuilder svg, CountryOutline country, string cssClass, Frame frame)
    {
        var data = new StringBuilder();
        var pixels = new List<PixelPoint>();

        // Outlines may extend past ±180 and so may the view, so each country is tried one world-width either side.
        foreach (var offset in WorldCopies)
        {
            var bounds = country.Bounds with
            {
                MinLongitude = country.Bounds.MinLongitude + offset,
                MaxLongitude = country.Bounds.MaxLongitude + offset,
            };
            if (!bounds.Intersects(frame.Visible))
            {
                continue;
            }

            foreach (var ring in country.Rings)
            {
                pixels.Clear();
                foreach (var point in ring.Span)
                {
                    pixels.Add(frame.Project(point.Longitude + offset, point.Latitude));
                }

                AppendRing(data, frame.Clip(pixels));
            }
        }

        if (data.Length > 0)
        {
            svg.Append("<path class=\"").Append(cssClass).Append("\" d=\"").Append(data).Append("\"/>");
        }
    }

    private static void AppendRing(StringBuilder data, List<PixelPoint> ring)
    {
        var kept = new List<(int X, int Y)>(ring.Count);
        foreach (var point in ring)
        {
            var current = (X: Tenths(point.X), Y: Tenths(point.Y));
            if (kept.Count == 0 || !IsNear(kept[^1], current))
            {
                kept.Add(current);
            }
        }

        while (kept.Count > 1 && IsNear(kept[^1], kept[0]))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        if (kept.Count < 3)
        {
            return;
        }

        kept = Simplify(kept);
        if (kept.Count < 3)
        {
            return;
        }

        // Absolute start, then relative steps: small deltas need far fewer characters than coordinates.
        data.Append('M');
        AppendTenths(data, kept[0].X);
        data.Append(' ');
        AppendTenths(data, kept[0].Y);
        data.Append('l');
        for (var i = 1; i < kept.Count; i++)
        {
            var dx = kept[i].X - kept[i - 1].X;
            var dy = kept[i].Y - kept[i - 1].Y;

            // A minus sign already separates numbers in path data.
            if (i > 1 && dx >= 0)
            {
                data.Append(' ');
            }

            AppendTenths(data, dx);
            if (dy >= 0)
            {
                data.Append(' ');
            }

            AppendTenths(data, dy);
        }

        data.Append('z');
    }

    /// <summary>Douglas–Peucker over the ring, treated as closing back onto its first vertex.</summary>
    private static List<(int X, int Y)> Simplify(List<(int X, int Y)> ring)
    {
        var count = ring.Count;
        var keep = new bool[count];
        keep[0] = true;
        var spans = new Stack<(int First, int Last)>();
        spans.Push((0, count));
        while (spans.TryPop(out var span))
        {
            var start = ring[span.First];
            var end = ring[span.Last % count];
            var farthest = -1;
            var farthestDistance = SimplifyToleranceTenths * SimplifyToleranceTenths;
            for (var i = span.First + 1; i < span.Last; i++)
            {
                var distance = DistanceToSegmentSquared(ring[i], start, end);
                if (distance > farthestDistance)
                {
                    farthest = i;
                    farthestDistance = distance;
                }
            }

            if (farthest >= 0)
            {
                keep[farthest] = true;
                spans.Push((span.First, farthest));
                spans.Push((farthest, span.Last));
            }
        }

        var result = new List<(int X, int Y)>(count);
        for (var i = 0; i < count; i++)
        {
            if (keep[i])
            {
                result.Add(ring[i]);
            }
        }

        return result;
    }

    private static double DistanceToSegmentSquared((int X, int Y) point, (int X, int Y) start, (int X, int Y) end)
    {
        double dx = end.X - start.X;
        double dy = end.Y - start.Y;
        double px = point.X - start.X;
        double py = point.Y - start.Y;
        var lengthSquared = dx * dx + dy * dy;
        if (lengthSquared > 0)
        {
            var t = Math.Clamp((px * dx + py * dy) / lengthSquared, 0, 1);
            px -= t * dx;
            py -= t * dy;
        }

        return px * px + py * py;
    }

    private static bool IsNear((int X, int Y) a, (int X, int Y) b)
    {
        var dx = a.X - b.X;
        var dy = a.Y - b.Y;
        return dx * dx + dy * dy < MinSegmentTenths * MinSegmentTenths;
    }
}
