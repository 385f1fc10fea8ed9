namespace Bluehelm.Platform.Maps;

public static partial class SvgMap
{
    private readonly record struct PixelPoint(double X, double Y);

    /// <summary>Equirectangular projection with longitudes scaled by cos(mid-latitude), fitted to the canvas.</summary>
    private sealed class Frame
    {
        private readonly double _west;
        private readonly double _north;
        private readonly double _pixelsPerLongitude;
        private readonly double _pixelsPerLatitude;
        private readonly double _width;
        private readonly double _height;

        private Frame(double west, double north, double pixelsPerLongitude, double pixelsPerLatitude, int width, int height)
        {
            _west = west;
            _north = north;
            _pixelsPerLongitude = pixelsPerLongitude;
            _pixelsPerLatitude = pixelsPerLatitude;
            _width = width;
            _height = height;
            Visible = new GeoBounds(
                west, north - height / pixelsPerLatitude,
                west + width / pixelsPerLongitude, north);
        }

        public GeoBounds Visible { get; }

        /// <summary>Kilometres per pixel (north–south, where the projection is true).</summary>
        public double KilometresPerPixel => KilometresPerDegreeLatitude / _pixelsPerLatitude;

        public bool Contains(PixelPoint p) => p.X >= 0 && p.Y >= 0 && p.X <= _width && p.Y <= _height;

        public static Frame Fit(GeoBounds target, int width, int height, double insetPixels, double minimumSpanDegrees)
        {
            var south = Math.Max(-MaxAbsLatitude, target.MinLatitude);
            var north = Math.Min(MaxAbsLatitude, target.MaxLatitude);
            var west = target.MinLongitude;
            var east = target.MaxLongitude;

            var centerLon = (west + east) / 2;
            var centerLat = (south + north) / 2;
            var lonSpan = Math.Max(minimumSpanDegrees, east - west);
            var latSpan = Math.Max(minimumSpanDegrees, north - south);

            var lonFactor = Math.Cos(centerLat * Math.PI / 180);
            var innerWidth = Math.Max(1, width - 2 * insetPixels);
            var innerHeight = Math.Max(1, height - 2 * insetPixels);
            var pixelsPerDegree = Math.Min(innerWidth / (lonSpan * lonFactor), innerHeight / latSpan);
            var pixelsPerLongitude = pixelsPerDegree * lonFactor;

            // Centre the target; the canvas aspect ratio decides which axis gets extra room.
            return new Frame(
                centerLon - width / pixelsPerLongitude / 2,
                centerLat + height / pixelsPerDegree / 2,
                pixelsPerLongitude,
                pixelsPerDegree,
                width,
                height);
        }

        public PixelPoint Project(double longitude, double latitude) =>
            new((longitude - _west) * _pixelsPerLongitude, (_north - latitude) * _pixelsPerLatitude);

        /// <summary>Sutherland–Hodgman clip of a closed ring to the canvas plus margin.</summary>
        public List<PixelPoint> Clip(List<PixelPoint> ring)
        {
            const double min = -ClipMarginPixels;
            var maxX = _width + ClipMarginPixels;
            var maxY = _height + ClipMarginPixels;

            var result = ClipEdge(ring, p => p.X >= min, (a, b) => AtX(a, b, min));
            result = ClipEdge(result, p => p.X <= maxX, (a, b) => AtX(a, b, maxX));
            result = ClipEdge(result, p => p.Y >= min, (a, b) => AtY(a, b, min));
            result = ClipEdge(result, p => p.Y <= maxY, (a, b) => AtY(a, b, maxY));
            return result;
        }

        private static List<PixelPoint> ClipEdge(
            List<PixelPoint> input, Func<PixelPoint, bool> inside, Func<PixelPoint, PixelPoint, PixelPoint> intersect)
        {
            var output = new List<PixelPoint>(input.Count);
            if (input.Count == 0)
            {
                return output;
            }

            var previous = input[^1];
            var previousInside = inside(previous);
            foreach (var current in input)
            {
                var currentInside = inside(current);
                if (currentInside != previousInside)
                {
                    output.Add(intersect(previous, current));
                }

                if (currentInside)
                {
                    output.Add(current);
                }

                previous = current;
                previousInside = currentInside;
            }

            return output;
        }

        private static PixelPoint AtX(PixelPoint a, PixelPoint b, double x) =>
            new(x, a.Y + (b.Y - a.Y) * (x - a.X) / (b.X - a.X));

        private static PixelPoint AtY(PixelPoint a, PixelPoint b, double y) =>
            new(a.X + (b.X - a.X) * (y - a.Y) / (b.Y - a.Y), y);
    }
}
