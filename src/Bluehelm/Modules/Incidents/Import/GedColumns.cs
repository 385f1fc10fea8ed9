namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The UCDP GED columns the event store keeps (UCDP GED Codebook version 23.1), spelled as the CSV
/// header and the GeoJSON properties spell them. The CSV has <c>latitude</c>/<c>longitude</c>; the
/// GeoJSON has the point in its geometry instead.
/// </summary>
internal static class GedColumns
{
    public const string Id = "id";
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";
    public const string DatePrec = "date_prec";
    public const string WherePrec = "where_prec";
    public const string WhereCoordinates = "where_coordinates";
    public const string Adm1 = "adm_1";
    public const string Adm2 = "adm_2";
    public const string Latitude = "latitude";
    public const string Longitude = "longitude";
    public const string PrioGridGid = "priogrid_gid";
    public const string Country = "country";
    public const string TypeOfViolence = "type_of_violence";
    public const string SideA = "side_a";
    public const string SideB = "side_b";
    public const string Best = "best";
    public const string Low = "low";
    public const string High = "high";
    public const string DeathsCivilians = "deaths_civilians";
    public const string SourceHeadline = "source_headline";
    public const string SourceArticle = "source_article";

    /// <summary>Every column read, in a fixed order: the index of a name here is its <see cref="GedField"/> value.</summary>
    public static readonly string[] All =
    [
        Id, DateStart, DateEnd, DatePrec, WherePrec, WhereCoordinates, Adm1, Adm2, Latitude, Longitude, PrioGridGid,
        Country, TypeOfViolence, SideA, SideB, Best, Low, High, DeathsCivilians, SourceHeadline, SourceArticle,
    ];

    /// <summary>Without these a file is not GED (the CSV needs latitude and longitude too).</summary>
    public static readonly string[] Required = [Id, DateStart, DateEnd, TypeOfViolence, Best, Country];
}

/// <summary>Index of a GED column in <see cref="GedColumns.All"/>.</summary>
internal enum GedField
{
    Id, DateStart, DateEnd, DatePrec, WherePrec, WhereCoordinates, Adm1, Adm2, Latitude, Longitude, PrioGridGid,
    Country, TypeOfViolence, SideA, SideB, Best, Low, High, DeathsCivilians, SourceHeadline, SourceArticle,
}
