namespace Bluehelm.Modules.Incidents.Import;

/// <summary>The columns of <c>incidents_events</c> the bulk writers fill, in one order (EF's column names).</summary>
internal static class EventColumns
{
    public const string Table = "incidents_events";

    public static readonly string[] All =
    [
        "Id", "Source", "Dataset", "DatasetVersion", "SourceId", "ImportId", "RowNumber", "ContentHash",
        "DateStart", "DateEnd", "DatePrecision", "Latitude", "Longitude", "GeoPrecision", "CountryIso2",
        "Admin1", "Admin2", "Locality", "PrioGridGid", "Threat", "AgainstCivilians", "SourceType",
        "SourceSubType", "CivilianTargeting", "Actor1", "Actor2", "Fatalities", "FatalitiesLow",
        "FatalitiesHigh", "CivilianDeaths", "Notes", "MissionId", "AlertId",
    ];

    /// <summary>What an update of an imported row rewrites: all but its identity (id, source, dataset, source id) and the incident links.</summary>
    public static readonly string[] Updated = [.. All.Where(c => c is not ("Id" or "Source" or "Dataset" or "SourceId" or "MissionId" or "AlertId"))];
}
