namespace Bluehelm.Modules.Incidents.Import;

/// <summary>One GED row as its file holds it (a CSV line or a GeoJSON feature), read field by field.</summary>
internal interface IGedRow
{
    /// <summary>True when the file has the column at all.</summary>
    bool Has(GedField field);

    /// <summary>The field's text, empty when absent or null.</summary>
    ReadOnlySpan<char> Span(GedField field);

    /// <summary>The field's text as a string (CSV rows pool repeated values).</summary>
    string Text(GedField field);

    /// <summary>Where a field is, for a problem report: the column, or <c>geometry</c> for a GeoJSON point.</summary>
    string ColumnOf(GedField field);
}
