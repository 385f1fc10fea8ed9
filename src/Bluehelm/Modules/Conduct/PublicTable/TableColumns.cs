namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>
/// The table's columns, found by their header (case, spaces and line breaks ignored; any order). The
/// required ones are in every edition the UN has published; the others came later and are read when
/// present. Columns the reader does not know are kept in the row's content hash and otherwise ignored.
/// </summary>
internal static class TableColumns
{
    public const string Date = "Date";
    public const string Mission = "Mission";
    public const string IncidentDate = "Date of incident";
    public const string PersonnelType = "Personnel Type";
    public const string Nationality = "Nationality";
    public const string Victim = "Victim";
    public const string Allegation = "Allegation";
    public const string PaternityClaim = "Paternity claim";
    public const string PaternityEstablished = "Paternity established";
    public const string NioAppointed = "NIO appointed";
    public const string Investigation = "Investigation (days)";
    public const string Result = "Result";
    public const string InterimAction = "Interim Action";
    public const string FinalAction = "Final Action";
    public const string CriminalReferral = "Referral for criminal accountability";

    public static IReadOnlyList<string> Required { get; } = [Date, Mission, PersonnelType, Nationality, Victim, Allegation, Result];

    public static IReadOnlyList<string> Known { get; } =
    [
        Date, Mission, IncidentDate, PersonnelType, Nationality, Victim, Allegation, PaternityClaim, PaternityEstablished,
        NioAppointed, Investigation, Result, InterimAction, FinalAction, CriminalReferral,
    ];

    // Other spellings of a header seen in the table's editions and exports.
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        [Key("Investigation")] = Investigation,
        [Key("Investigation days")] = Investigation,
        [Key("Date of report")] = Date,
        [Key("Date reported")] = Date,
        [Key("Incident date")] = IncidentDate,
        [Key("Victims")] = Victim,
        [Key("Allegations")] = Allegation,
        [Key("Referral for criminal accountability (Yes/No)")] = CriminalReferral,
        [Key("NIO")] = NioAppointed,
    };

    private static readonly Dictionary<string, string> ByKey =
        Known.ToDictionary(Key, c => c, StringComparer.Ordinal).Concat(Aliases).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>The known column a header names, or null.</summary>
    public static string? Find(string? header) => header is null ? null : ByKey.GetValueOrDefault(Key(header));

    /// <summary>The header with case and white space taken out.</summary>
    public static string Key(string header) =>
        new([.. header.Where(c => !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);
}
