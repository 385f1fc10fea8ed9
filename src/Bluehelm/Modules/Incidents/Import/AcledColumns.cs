namespace Bluehelm.Modules.Incidents.Import;

/// <summary>Where each field the reader keeps sits in a file's header; -1 for a column the file lacks.</summary>
internal sealed class AcledColumns
{
    private static readonly string[] Common = ["event_id_cnty", "event_date", "event_type", "latitude", "longitude", "fatalities"];

    private readonly Dictionary<string, int> _index;
    private readonly IReadOnlyList<string> _header;

    private AcledColumns(IReadOnlyList<string> header)
    {
        _header = header;
        _index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _index.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        Schema = Detect();
    }

    public AcledSchema Schema { get; }

    public int Id => Of("event_id_cnty");

    public int Date => Of("event_date");

    public int TimePrecision => Of("time_precision");

    public int EventType => Of("event_type");

    public int SubEventType => Of("sub_event_type");

    public int CivilianTargeting => Of("civilian_targeting");

    public int Actor1 => Of("actor1");

    public int Actor2 => Of("actor2");

    public int Iso => Of("iso");

    public int Iso3 => Of("iso3");

    public int Country => Of("country");

    public int Admin1 => Of("admin1");

    public int Admin2 => Of("admin2");

    public int Location => Of("location");

    public int Latitude => Of("latitude");

    public int Longitude => Of("longitude");

    public int GeoPrecision => Of("geo_precision");

    public int Notes => Of("notes");

    public int Fatalities => Of("fatalities");

    public static AcledColumns Of(IReadOnlyList<string> header) => new(header);

    /// <summary>The column's name as the file spells it, for problem reports.</summary>
    public string Name(int index) => index >= 0 && index < _header.Count ? _header[index].Trim() : "";

    /// <summary>The columns the detected schema needs and the file lacks, in the codebook's spelling for that schema.</summary>
    public IReadOnlyList<string> Missing()
    {
        IEnumerable<string> required = Schema == AcledSchema.Pre2019 ? Common : [.. Common, "sub_event_type"];
        var missing = required.Where(c => Of(c) < 0);
        return [.. Schema == AcledSchema.Pre2019 ? missing.Select(c => c.ToUpperInvariant()) : missing];
    }

    private int Of(string column) => _index.GetValueOrDefault(column, -1);

    private AcledSchema Detect()
    {
        if (Of("event_id_cnty") < 0)
        {
            return AcledSchema.Unknown;
        }

        if (Of("gwno") >= 0 || Of("ally_actor_1") >= 0 || Of("sub_event_type") < 0)
        {
            return AcledSchema.Pre2019;
        }

        return Of("civilian_targeting") < 0 && (Of("data_id") >= 0 || Of("event_id_no_cnty") >= 0) ? AcledSchema.Export2019 : AcledSchema.Current;
    }
}
