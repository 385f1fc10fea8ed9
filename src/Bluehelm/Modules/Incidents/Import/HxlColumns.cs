namespace Bluehelm.Modules.Incidents.Import;

/// <summary>Which column of an HXL file holds each field the reader keeps (-1 when none), found by HXL tag patterns.</summary>
internal sealed class HxlColumns
{
    private HxlColumns(HxlTags tags)
    {
        DateStart = tags.Find("#date+start", "#date+occurred", "#date-end-reported-updated-year-month-precision");
        DateEnd = tags.Find("#date+end");
        DatePrecision = tags.Find("#date+precision");
        Latitude = tags.Find("#geo+lat");
        Longitude = tags.Find("#geo+lon");
        GeoPrecision = tags.Find("#geo+precision");
        EventType = tags.Find("#event+type-sub");
        EventSubType = tags.Find("#event+type+sub", "#event+sub");
        Id = tags.Find("#event+id", "#event+code");
        Killed = tags.Find("#affected+killed-civilians");
        CiviliansKilled = tags.Find("#affected+killed+civilians");
        Admin1 = tags.Find("#adm1+name", "#adm1-code-id-pcode");
        Admin2 = tags.Find("#adm2+name", "#adm2-code-id-pcode");
        Locality = tags.Find("#loc+name", "#loc-code-id-pcode");
        CountryCode = tags.Find("#country+code");
        CountryName = tags.Find("#country+name", "#country-code-id");
        Description = tags.Find("#description", "#event+description", "#event+desc");

        // Actors: +first and +second when the file says which is which, else the named groups or
        // organisations in column order (not their types, codes or associates).
        string[] notActor = ["type", "code", "id", "interaction", "assoc", "num"];
        var actors = tags.FindAll("group", notActor).Concat(tags.FindAll("org", notActor)).ToList();
        Actor1 = tags.Find("#group+first-type-code-assoc", "#org+first-type-code");
        Actor2 = tags.Find("#group+second-type-code-assoc", "#org+second-type-code");
        if (Actor1 < 0)
        {
            Actor1 = actors.FirstOrDefault(i => i != Actor2, -1);
        }

        if (Actor2 < 0)
        {
            Actor2 = actors.FirstOrDefault(i => i != Actor1 && !tags.Has(i, "first"), -1);
        }
    }

    public int DateStart { get; }

    public int DateEnd { get; }

    public int DatePrecision { get; }

    public int Latitude { get; }

    public int Longitude { get; }

    public int GeoPrecision { get; }

    public int EventType { get; }

    public int EventSubType { get; }

    public int Id { get; }

    public int Killed { get; }

    public int CiviliansKilled { get; }

    public int Admin1 { get; }

    public int Admin2 { get; }

    public int Locality { get; }

    public int CountryCode { get; }

    public int CountryName { get; }

    public int Description { get; }

    public int Actor1 { get; }

    public int Actor2 { get; }

    public static HxlColumns Of(HxlTags tags) => new(tags);

    /// <summary>The hashtags without which no event can be placed and dated.</summary>
    public IReadOnlyList<string> Missing()
    {
        var missing = new List<string>();
        if (DateStart < 0)
        {
            missing.Add("#date");
        }

        if (Latitude < 0)
        {
            missing.Add("#geo+lat");
        }

        if (Longitude < 0)
        {
            missing.Add("#geo+lon");
        }

        return missing;
    }
}
