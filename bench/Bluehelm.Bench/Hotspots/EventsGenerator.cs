using System.Globalization;
using System.Text;

namespace Bluehelm.Bench.Hotspots;

/// <summary>
/// Seeded synthetic events over Africa: 70 % in Gaussian clusters (one cluster per 1,000 events, each with
/// a standard deviation drawn between 1 and 50 km) and 30 % uniform noise over the continent's box.
/// Written as <c>id,latitude,longitude,date</c> with six decimals, the shape <c>bluehelm hotspots</c> reads.
/// </summary>
internal static class EventsGenerator
{
    // Africa's bounding box, roughly: 35°S to 37°N, 18°W to 51°E.
    private const double South = -35, North = 37, West = -18, East = 51;

    internal static void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        var clusters = Math.Max(1, count / 1000);
        var centres = new (double Lat, double Lon, double SigmaKm)[clusters];
        for (var c = 0; c < clusters; c++)
        {
            centres[c] = (Uniform(random, South + 2, North - 2), Uniform(random, West + 2, East - 2), Uniform(random, 1, 50));
        }

        var clustered = (int)(count * 0.7);
        var start = new DateOnly(2020, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,latitude,longitude,date\n");
        for (var i = 0; i < count; i++)
        {
            double lat, lon;
            if (i < clustered)
            {
                var (cLat, cLon, sigma) = centres[random.Next(clusters)];
                lat = Math.Clamp(cLat + (Gaussian(random) * sigma / 111.2), -90, 90);
                lon = cLon + (Gaussian(random) * sigma / (111.2 * Math.Cos(cLat * Math.PI / 180)));
            }
            else
            {
                lat = Uniform(random, South, North);
                lon = Uniform(random, West, East);
            }

            var date = start.AddDays(random.Next(366));
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"e{i},{lat:F6},{lon:F6},{date:yyyy-MM-dd}\n"));
        }
    }

    private static double Uniform(Random random, double from, double to) => from + (random.NextDouble() * (to - from));

    // Box-Muller.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
