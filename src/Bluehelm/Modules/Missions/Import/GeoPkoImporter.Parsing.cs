using System.Globalization;
using System.Text.RegularExpressions;
using Bluehelm.Platform.Csv;

namespace Bluehelm.Modules.Missions.Import;

internal sealed partial class GeoPkoImporter
{
    private static readonly string[] FrontColumns = ["mission", "year", "country", "location", "latitude", "longitude", "Infantry", "NoTroops", "Reserve", "hq", "UNPOL", "Med", "Av", "UNMO", "ave.no.troops"];
    private static readonly string[] TccColumns = ["mission", "year", "location", "latitude", "longitude", "No.TCC", "year.overview"];
    private static readonly string[] TtColumns = ["mission", "year", "location", "Infantry", "eng", "med", "sig", "av", "riv", "maint", "trans"];
    private static readonly string[] IpiColumns = ["Date", "Mission", "Troops", "Police", "Observers", "Total", "Number of Contributors"];

    private static Parsed Parse(GeoPkoFiles files, string? filter)
    {
        var parsed = new Parsed();
        bool Wanted(string mission) => filter is null || string.Equals(mission, filter, StringComparison.OrdinalIgnoreCase);

        var front = Read(files.Front, FrontColumns);
        parsed.Tables.Add(front);
        foreach (var row in front.Rows)
        {
            var mission = front.Text(row, "mission").ToUpperInvariant();
            if (!Wanted(mission))
            {
                continue;
            }

            var key = new SiteKey(mission, front.Text(row, "location"));
            var year = front.Int(row, "year", 1945, 2100);
            var lat = front.Double(row, "latitude", -90, 90);
            var lon = front.Double(row, "longitude", -180, 180);
            parsed.Locate(key, year, lat, lon);
            parsed.HostCountries.TryAdd(mission, front.Text(row, "country", required: false));
            parsed.Deployments.Add((key, year, new SiteDeployment
            {
                Year = year,
                Ordinal = parsed.NextOrdinal("front", key, year),
                Infantry = front.IntOrNull(row, "Infantry", 0, 100_000) ?? 0,
                Troops = front.IntOrNull(row, "NoTroops", 0, 100_000) ?? 0,
                Reserve = front.IntOrNull(row, "Reserve", 0, 100_000) ?? 0,
                Headquarters = front.IntOrNull(row, "hq", 0, 3) ?? 0,
                Police = front.IntOrNull(row, "UNPOL", 0, 100_000) ?? 0,
                Medical = front.IntOrNull(row, "Med", 0, 1_000) ?? 0,
                Aviation = front.IntOrNull(row, "Av", 0, 1_000) ?? 0,
                MilitaryObservers = front.IntOrNull(row, "UNMO", 0, 100_000) ?? 0,
                AverageTroops = front.IntOrNull(row, "ave.no.troops", 0, 100_000),
            }));
        }

        if (files.UnitTypes is { } ttFile)
        {
            var tt = Read(ttFile, TtColumns);
            parsed.Tables.Add(tt);
            foreach (var row in tt.Rows)
            {
                var mission = tt.Text(row, "mission").ToUpperInvariant();
                if (!Wanted(mission))
                {
                    continue;
                }

                var key = new SiteKey(mission, tt.Text(row, "location"));
                var year = tt.Int(row, "year", 1945, 2100);
                parsed.RequireSite(tt, row.Line, key);
                parsed.UnitTypes.Add((key, year, new SiteUnitTypes
                {
                    Year = year,
                    Ordinal = parsed.NextOrdinal("tt", key, year),
                    Infantry = tt.Int(row, "Infantry", 0, 100_000),
                    Engineering = tt.Int(row, "eng", 0, 1_000),
                    Medical = tt.Int(row, "med", 0, 1_000),
                    Signals = tt.Int(row, "sig", 0, 1_000),
                    Aviation = tt.Int(row, "av", 0, 1_000),
                    Riverine = tt.Int(row, "riv", 0, 1_000),
                    Maintenance = tt.Int(row, "maint", 0, 1_000),
                    Transport = tt.Int(row, "trans", 0, 1_000),
                }));
            }
        }

        if (files.Contributors is { } tccFile)
        {
            var tcc = Read(tccFile, TccColumns);
            parsed.Tables.Add(tcc);
            foreach (var row in tcc.Rows)
            {
                var mission = tcc.Text(row, "mission").ToUpperInvariant();
                if (!Wanted(mission))
                {
                    continue;
                }

                var key = new SiteKey(mission, tcc.Text(row, "location"));
                var year = tcc.Int(row, "year", 1945, 2100);
                parsed.RequireSite(tcc, row.Line, key);
                foreach (var (name, troops) in ParseOverview(tcc, row))
                {
                    parsed.Contributors[(key, year, name)] = troops;
                }
            }
        }

        if (files.Strength is { } ipiFile)
        {
            var ipi = Read(ipiFile, IpiColumns);
            parsed.Tables.Add(ipi);
            foreach (var row in ipi.Rows)
            {
                var mission = ipi.Text(row, "Mission").ToUpperInvariant();
                if (!Wanted(mission) || (filter is null && !parsed.HostCountries.ContainsKey(mission)))
                {
                    continue;
                }

                var dateText = ipi.Text(row, "Date");
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new ImportFileException(ipi.FileName, row.Line, $"column 'Date' has '{dateText}', expected yyyy-mm-dd");
                }

                parsed.Strength[(mission, new DateOnly(date.Year, date.Month, 1))] = new MissionStrength
                {
                    Month = new DateOnly(date.Year, date.Month, 1),
                    Troops = ipi.IntOrNull(row, "Troops", 0, 1_000_000),
                    Police = ipi.IntOrNull(row, "Police", 0, 1_000_000),
                    Observers = ipi.IntOrNull(row, "Observers", 0, 1_000_000),
                    Total = ipi.IntOrNull(row, "Total", 0, 1_000_000),
                    Contributors = ipi.IntOrNull(row, "Number of Contributors", 0, 300),
                };
            }
        }

        return parsed;
    }

    private static CsvTable Read(ImportFile file, IReadOnlyList<string> columns)
    {
        using var stream = file.Open();
        return CsvTable.Read(file.FileName, stream, columns);
    }

    /// <summary>Parses "Gabon (650), Indonesia (150), Portugal (size unknown)".</summary>
    private static IEnumerable<(string Name, int? Troops)> ParseOverview(CsvTable table, (int Line, string[] Fields) row)
    {
        var text = table.Text(row, "year.overview", required: false);
        foreach (Match m in OverviewItem().Matches(text))
        {
            var name = m.Groups["name"].Value.Trim();
            var size = m.Groups["size"].Value.Trim();
            int? troops = int.TryParse(size, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
            if (name.Length > 64)
            {
                throw new ImportFileException(table.FileName, row.Line, "contributor name longer than 64 characters");
            }

            yield return (name, troops);
        }
    }

    [GeneratedRegex(@"(?<name>[^,(]+?)\s*\((?<size>[^)]*)\)")]
    private static partial Regex OverviewItem();

    private readonly record struct SiteKey(string Mission, string Location);

    private sealed class SiteLocation
    {
        public int LatestYear { get; set; }

        public double Latitude { get; set; }

        public double Longitude { get; set; }

        public SortedSet<int> Years { get; } = [];
    }

    private sealed class Parsed
    {
        private readonly Dictionary<(string, SiteKey, int), int> _ordinals = [];

        public List<CsvTable> Tables { get; } = [];

        public Dictionary<string, string> HostCountries { get; } = new(StringComparer.Ordinal);

        public Dictionary<SiteKey, SiteLocation> Sites { get; } = [];

        public List<(SiteKey Key, int Year, SiteDeployment Row)> Deployments { get; } = [];

        public List<(SiteKey Key, int Year, SiteUnitTypes Row)> UnitTypes { get; } = [];

        public Dictionary<(SiteKey Key, int Year, string Name), int?> Contributors { get; } = [];

        public Dictionary<(string Mission, DateOnly Month), MissionStrength> Strength { get; } = [];

        public int NextOrdinal(string file, SiteKey key, int year)
        {
            var k = (file, key, year);
            var next = _ordinals.GetValueOrDefault(k) + 1;
            _ordinals[k] = next;
            return next;
        }

        /// <summary>The latest year's coordinates win: Geo-PKO refines positions over time.</summary>
        public void Locate(SiteKey key, int year, double latitude, double longitude)
        {
            if (!Sites.TryGetValue(key, out var site))
            {
                site = new SiteLocation();
                Sites[key] = site;
            }

            if (year >= site.LatestYear)
            {
                site.LatestYear = year;
                site.Latitude = latitude;
                site.Longitude = longitude;
            }

            site.Years.Add(year);
        }

        public void RequireSite(CsvTable table, int line, SiteKey key)
        {
            if (!Sites.ContainsKey(key))
            {
                throw new ImportFileException(table.FileName, line, $"location '{key.Location}' of {key.Mission} is not in the deployment (FrontMap) file");
            }
        }
    }
}
