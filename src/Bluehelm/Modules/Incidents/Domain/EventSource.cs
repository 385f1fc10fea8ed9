namespace Bluehelm.Modules.Incidents;

/// <summary>Where a conflict event in the store comes from.</summary>
public enum EventSource
{
    /// <summary>An incident verified in Bluehelm from a resolved alert.</summary>
    Bluehelm = 1,

    /// <summary>UCDP Georeferenced Event Dataset (CSV or GeoJSON).</summary>
    UcdpGed = 2,

    /// <summary>ACLED (current, 2019-2021 and pre-2019 schemas).</summary>
    Acled = 3,

    /// <summary>Any HXL-tagged CSV.</summary>
    Hxl = 4,
}
