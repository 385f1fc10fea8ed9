namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The problem codes the ACLED and HXL readers report (<see cref="ImportProblem.Code"/>), and the marker
/// type of their labels (ProblemText.resx, ProblemText.fr.resx), keyed by the code itself so the upload
/// page shows <c>IStringLocalizer&lt;ProblemText&gt;[problem.Code]</c> and the command line prints the code.
/// </summary>
public sealed class ProblemText
{
    // --- The file as a whole (row 0) ----------------------------------------------------------

    /// <summary>The file has no header row, or nothing at all.</summary>
    public const string FileEmpty = "file.empty";

    /// <summary>The header matches none of the three ACLED schemas (no <c>event_id_cnty</c>).</summary>
    public const string AcledSchemaUnknown = "acled.schema.unknown";

    /// <summary>A column the detected schema needs is missing; the value names it.</summary>
    public const string ColumnMissing = "column.missing";

    /// <summary>No HXL hashtag row in the first 25 rows.</summary>
    public const string HxlHashtagsMissing = "hxl.hashtags.missing";

    /// <summary>A hashtag the reader needs (<c>#geo+lat</c>, <c>#geo+lon</c>, <c>#date</c>) tags no column; the value lists them.</summary>
    public const string HxlTagMissing = "hxl.tag.missing";

    /// <summary>Broken CSV quoting (a quoted field never closed: a truncated file) or a record too large to be real.</summary>
    public const string CsvMalformed = "csv.malformed";

    // --- One row --------------------------------------------------------------------------------

    public const string IdMissing = "id.missing";

    /// <summary>The same event id twice in the file.</summary>
    public const string IdDuplicate = "id.duplicate";

    /// <summary>An id longer than the store keeps (100 characters); ids are never shortened.</summary>
    public const string IdTooLong = "id.long";

    public const string DateMissing = "date.missing";

    /// <summary>Not one of the accepted date forms.</summary>
    public const string DateInvalid = "date.invalid";

    /// <summary>A date form with no such day (31/02/2020, a month-first 03/21/2020).</summary>
    public const string DateImpossible = "date.impossible";

    /// <summary>A year before 1900 or after 2100.</summary>
    public const string DateRange = "date.range";

    /// <summary>An end date before the start date.</summary>
    public const string DateOrder = "date.order";

    public const string LatitudeMissing = "latitude.missing";

    public const string LatitudeInvalid = "latitude.invalid";

    /// <summary>A latitude outside -90..90.</summary>
    public const string LatitudeRange = "latitude.range";

    public const string LongitudeMissing = "longitude.missing";

    public const string LongitudeInvalid = "longitude.invalid";

    /// <summary>A longitude outside -180..180.</summary>
    public const string LongitudeRange = "longitude.range";

    /// <summary>A death count that is not a whole number.</summary>
    public const string FatalitiesInvalid = "fatalities.invalid";

    /// <summary>A negative death count, or one above a million.</summary>
    public const string FatalitiesRange = "fatalities.range";

    /// <summary>A coded value outside its code list (<c>time_precision</c> and <c>geo_precision</c> 1-3, <c>civilian_targeting</c>).</summary>
    public const string ValueInvalid = "value.invalid";

    /// <summary>Every code above, for the test that each has a label in both languages.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        FileEmpty, AcledSchemaUnknown, ColumnMissing, HxlHashtagsMissing, HxlTagMissing, CsvMalformed,
        IdMissing, IdDuplicate, IdTooLong, DateMissing, DateInvalid, DateImpossible, DateRange, DateOrder,
        LatitudeMissing, LatitudeInvalid, LatitudeRange, LongitudeMissing, LongitudeInvalid, LongitudeRange,
        FatalitiesInvalid, FatalitiesRange, ValueInvalid,
    ];
}
