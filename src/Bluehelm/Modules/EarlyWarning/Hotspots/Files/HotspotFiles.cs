using System.Globalization;
using Bluehelm.Modules.EarlyWarning.Hotspots.Engine;
using nietras.SeparatedValues;

namespace Bluehelm.Modules.EarlyWarning.Hotspots.Files;

/// <summary>
/// The bodies of <c>bluehelm hotspots</c> and <c>bluehelm hotspots grid</c>: file in, engine, file out.
/// The benchmark calls these too, so what it times is what the command does.
/// </summary>
internal static class HotspotFiles
{
    /// <summary>Clusters the events of <paramref name="input"/> and writes <c>id,cluster</c> in input order (-1 noise).</summary>
    internal static DbscanResult Cluster(string input, string output, DbscanParameters parameters)
    {
        var events = EventPointsFile.Read(input, withDates: parameters.WindowDays is not null);
        var result = Dbscan.Run(events.Latitude, events.Longitude, events.Days, parameters);
        WriteLabels(output, events.Ids, result.Labels);
        return result;
    }

    internal static void WriteLabels(string output, string[] ids, int[] labels)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(output);
        for (var i = 0; i < ids.Length; i++)
        {
            using var row = writer.NewRow();
            row["id"].Set(ids[i]);
            row["cluster"].Format(labels[i]);
        }

        if (ids.Length == 0)
        {
            writer.Header.Add(["id", "cluster"]);
            writer.Header.Write();
        }
    }

    /// <summary>Gi* of the events dated <paramref name="from"/> to <paramref name="to"/> (inclusive); writes <c>gid,events,z,p</c> for every cell of the study area.</summary>
    internal static IReadOnlyList<GiCell> Grid(string input, string output, DateOnly? from, DateOnly? to)
    {
        var events = EventPointsFile.Read(input, withDates: from is not null || to is not null);
        var gids = new List<int>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var day = events.Days?[i];
            if ((from is { } f && day < f.DayNumber) || (to is { } t && day > t.DayNumber))
            {
                continue;
            }

            gids.Add(Bluehelm.Platform.Geo.PrioGrid.CellOf(events.Latitude[i], events.Longitude[i]));
        }

        var cells = GetisOrd.Compute(gids);
        using var writer = Sep.New(',').Writer().ToFile(output);
        writer.Header.Add(["gid", "events", "z", "p"]);
        writer.Header.Write();
        foreach (var cell in cells)
        {
            using var row = writer.NewRow();
            row["gid"].Format(cell.Gid);
            row["events"].Format(cell.Events);
            row["z"].Set(cell.Z.ToString("R", CultureInfo.InvariantCulture));
            row["p"].Set(cell.P.ToString("R", CultureInfo.InvariantCulture));
        }

        return cells;
    }
}
