using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using CsCheck;

namespace Bluehelm.Tests.Hotspots;

/// <summary>The engine against the brute-force reference on random data, seams of the sphere included.</summary>
public sealed class DbscanPropertyTests
{
    private static readonly double[] EpsChoices = [0.0005, 0.01, 1, 10, 80, 600, 5000, 20100, 30000];

    // Points: anywhere, on the antimeridian, at the poles, near a few centres (so clusters form), and duplicates.
    private static readonly Gen<(double Lat, double Lon)> Anywhere = Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180]);
    private static readonly Gen<(double Lat, double Lon)> Antimeridian = Gen.Select(Gen.Double[-89, 89], Gen.OneOf(-180.0, 180.0, 179.9999, -179.9999));
    private static readonly Gen<(double Lat, double Lon)> Pole = Gen.Select(Gen.OneOf(90.0, -90.0, 89.9999, -89.9999), Gen.Double[-180, 180]);
    private static readonly Gen<(double Lat, double Lon)> NearCentre = Gen.Select(
        Gen.OneOf((4.36, 18.55), (0.0, 180.0), (89.95, 0.0), (-89.95, 120.0), (10.0, -179.99)),
        Gen.Double[-0.3, 0.3], Gen.Double[-0.3, 0.3],
        (c, a, b) => (Math.Clamp(c.Item1 + a, -90, 90), Wrap(c.Item2 + b)));

    private static readonly Gen<Case> Cases =
        Gen.Select(
            Gen.Frequency((3, (IGen<(double, double)>)NearCentre), (2, Anywhere), (1, Antimeridian), (1, Pole)).Array[0, 90],
            Gen.Int[0, 20].Array[0, 6],
            Gen.Int[0, EpsChoices.Length - 1],
            Gen.Int[1, 6],
            Gen.Int[-1, 12],
            Gen.Int[0, 40].Array[90])
        .Select((points, duplicates, eps, min, window, days) =>
        {
            var list = points.ToList();
            foreach (var d in duplicates)
            {
                if (list.Count > 0)
                {
                    list.Add(list[d % list.Count]);
                }
            }

            return new Case(
                [.. list.Select(p => p.Item1)], [.. list.Select(p => p.Item2)], [.. list.Select((_, i) => days[i % days.Length])],
                EpsChoices[eps], min, window < 0 ? null : window);
        });

    [Fact]
    public void Run_RandomPointsWithSeamsAndDuplicates_AgreesWithBruteForce() =>
        Cases.Sample(Check, iter: 1000, threads: 1);

    [Fact]
    public void Run_ClusterAcrossTheAntimeridian_IsOneCluster()
    {
        // Five points within 2 km of (0°, 180°), on both sides of the seam.
        double[] lat = [0, 0.005, -0.005, 0.002, 0];
        double[] lon = [179.995, -179.995, 180, -180, 179.999];

        var result = Dbscan.Run(lat, lon, null, new DbscanParameters(3, 5));

        result.Labels.ShouldBe([0, 0, 0, 0, 0]);
        result.IsCore.ShouldAllBe(c => c);
    }

    [Fact]
    public void Run_PointsRoundThePole_AreOneCluster()
    {
        // 89.99°N at four longitudes: about 1.1 km from the pole, 2.2 km from each other at most.
        double[] lat = [89.99, 89.99, 89.99, 89.99, 90];
        double[] lon = [0, 90, 180, -90, 45];

        var result = Dbscan.Run(lat, lon, null, new DbscanParameters(2.5, 5));

        result.Labels.ShouldBe([0, 0, 0, 0, 0]);
    }

    [Fact]
    public void Run_WindowSplitsInTime_TwoClustersAtOnePlace()
    {
        double[] lat = [4.36, 4.36, 4.36, 4.36, 4.36, 4.36];
        double[] lon = [18.55, 18.55, 18.55, 18.55, 18.55, 18.55];
        int[] days = [0, 1, 2, 40, 41, 42];

        var spaceOnly = Dbscan.Run(lat, lon, days, new DbscanParameters(1, 3));
        var spaceTime = Dbscan.Run(lat, lon, days, new DbscanParameters(1, 3, WindowDays: 30));

        spaceOnly.Labels.ShouldBe([0, 0, 0, 0, 0, 0]);
        spaceTime.Labels.ShouldBe([0, 0, 0, 1, 1, 1]);
    }

    [Fact]
    public void Run_BorderBetweenTwoClusters_JoinsTheNearestCore()
    {
        // Along the equator (km): a border point B at 4.5 sees the west cluster's core w0 at 4.5 km and the
        // east cluster's cores e0, e1 at 3 and 4.1 km, so it has 4 neighbours (itself included) and is not
        // core at min 5; the two clusters are 7.5 km apart and stay apart. B joins the nearest core: e0.
        static double Lon(double km) => km / (Dbscan.EarthRadiusKm * Math.PI / 180);
        double[] km = [4.5, 0, -1.1, -2.2, -3.3, -4.4, 7.5, 8.6, 9.7, 10.8, 11.9];

        var result = Dbscan.Run(new double[km.Length], [.. km.Select(Lon)], null, new DbscanParameters(5, 5));

        result.IsCore.ShouldBe([false, true, true, true, true, true, true, true, true, true, true]);
        result.Labels.ShouldBe([1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    }

    [Fact]
    public void Run_EpsExactlyTheDistance_CountsAsWithin()
    {
        // eps is inclusive: 1 degree of longitude on the equator, with eps set to that distance.
        var km = Dbscan.EarthRadiusKm * Math.PI / 180;

        var result = Dbscan.Run([0, 0], [10, 11], null, new DbscanParameters(km * (1 + 1e-12), 2));

        result.Labels.ShouldBe([0, 0]);
    }

    private static void Check(Case c)
    {
        var result = Dbscan.Run(c.Lat, c.Lon, c.Days, new DbscanParameters(c.EpsKm, c.MinPoints, c.Window));
        var (core, component, distance) = DbscanReference.Run(c.Lat, c.Lon, c.Days, c.EpsKm, c.MinPoints, c.Window);
        var n = c.Lat.Length;
        result.IsCore.ShouldBe(core, c.ToString());
        for (var i = 0; i < n; i++)
        {
            (result.Labels[i] < 0).ShouldBe(component[i] == -1, $"noise of point {i}: {c}");
        }

        // Same partition of the cores, and labels numbered by first core in input order.
        var forward = new Dictionary<int, int>();
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            if (!core[i])
            {
                continue;
            }

            if (!forward.TryGetValue(component[i], out var label))
            {
                label = next++;
                forward[component[i]] = label;
            }

            result.Labels[i].ShouldBe(label, $"cluster of core {i}: {c}");
        }

        result.ClusterCount.ShouldBe(next);

        // A border point joins the cluster of its nearest core within eps.
        for (var i = 0; i < n; i++)
        {
            if (component[i] != -3)
            {
                continue;
            }

            var nearest = Enumerable.Range(0, n).Where(q => core[q]).MinBy(q => (distance[i, q], q));
            result.Labels[i].ShouldBe(result.Labels[nearest], $"border {i}: {c}");
        }
    }

    private static double Wrap(double lon) => lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;

    internal sealed record Case(double[] Lat, double[] Lon, int[] Days, double EpsKm, int MinPoints, int? Window)
    {
        public override string ToString() =>
            $"eps {EpsKm} min {MinPoints} window {Window} points [{string.Join("; ", Lat.Select((y, i) => FormattableString.Invariant($"{y},{Lon[i]}@{Days[i]}")))}]";
    }
}
