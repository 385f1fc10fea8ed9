using System.Globalization;
using System.Text;
using Bluehelm.Platform.Geo;
using CsvHelper;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The CSV side shared by the ACLED and HXL readers: the encoding (UTF-8 with or without a byte order
/// mark, else Latin-1), the CsvHelper reader over it, and the field readers that turn a bad value into
/// a located <see cref="ImportProblem"/> instead of an exception.
/// </summary>
internal static class AcledCsv
{
    /// <summary>No real event row comes near this; a never-closed quote at the top of a large file would otherwise be buffered whole.</summary>
    public const int MaxRecordBytes = 1 << 20;

    private const int NotesLength = 4000;

    private static readonly Lazy<(Dictionary<int, string> ByNumeric, Dictionary<string, string> ByIso3)> CountryCodes = new(() =>
        (Countries.All.Where(c => int.TryParse(c.Numeric, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                .ToDictionary(c => int.Parse(c.Numeric, NumberStyles.None, CultureInfo.InvariantCulture), c => c.Iso2),
         Countries.All.ToDictionary(c => c.Iso3, c => c.Iso2, StringComparer.OrdinalIgnoreCase)));

    /// <summary>
    /// Opens a CSV reader on <paramref name="stream"/>. A file that is valid UTF-8 throughout is read as
    /// UTF-8; any other is read as Latin-1, decoded as Windows-1252 (its superset, as the WHATWG Encoding
    /// Standard decodes the "iso-8859-1" label) since that is what spreadsheets on Windows write. Deciding
    /// needs the whole file, so a stream that cannot seek is first copied to a temporary file, which
    /// the returned <c>Owned</c> stream holds for the caller to dispose.
    /// </summary>
    public static async Task<(CsvReader Reader, Stream? Owned)> OpenAsync(Stream stream, bool hasHeader, CancellationToken ct)
    {
        Stream? owned = null;
        if (!stream.CanSeek)
        {
            owned = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            await stream.CopyToAsync(owned, ct);
            owned.Position = 0;
            stream = owned;
        }

        var start = stream.Position;
        var utf8 = await IsUtf8Async(stream, ct);
        stream.Position = start;

        // The separator is found from the first lines (comma, or the semicolon of spreadsheets set to French).
        var options = new CsvReaderOptions
        {
            Separator = null,
            HasHeader = hasHeader,
            Encoding = utf8 ? null : CodePagesEncodingProvider.Instance.GetEncoding(1252),
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            IncludeValuesInExceptions = false,
            MaxRecordSize = MaxRecordBytes,
        };
        return (CsvReader.Create(stream, options, leaveOpen: true), owned);
    }

    /// <summary>Whether every byte of the rest of the stream is well-formed UTF-8 (a byte order mark included).</summary>
    public static async Task<bool> IsUtf8Async(Stream stream, CancellationToken ct)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[1 << 16];
        int n;
        try
        {
            while ((n = await stream.ReadAsync(buffer, ct)) > 0)
            {
                decoder.GetCharCount(buffer, 0, n, flush: false);
            }

            decoder.GetCharCount([], 0, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The data row where reading stopped on broken quoting, for a reader with a header row (whose record number counts the header).</summary>
    public static int RowOf(CsvFormatException ex, int headerRecords) => (int)Math.Max(1, ex.RecordNumber - headerRecords);

    /// <summary>A field, trimmed; "" past the end of a short row.</summary>
    public static string Text(CsvReader csv, int index) => index < 0 || index >= csv.FieldCount ? "" : csv.GetString(index).Trim();

    /// <summary>A text field for the store: null when empty, shortened with an ellipsis to the column's length.</summary>
    public static string? Short(string value, int max)
    {
        if (value.Length == 0)
        {
            return null;
        }

        return value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
    }

    public static string? Notes(string value) => Short(value, NotesLength);

    /// <summary>A coordinate in the invariant culture within ±<paramref name="limit"/>, or null with a problem.</summary>
    public static double? Coordinate(string text, double limit, bool latitude, int row, string column, ImportProblems problems)
    {
        if (text.Length == 0)
        {
            problems.Add(new ImportProblem(row, column, latitude ? ProblemText.LatitudeMissing : ProblemText.LongitudeMissing));
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problems.Add(new ImportProblem(row, column, latitude ? ProblemText.LatitudeInvalid : ProblemText.LongitudeInvalid, Clip(text)));
            return null;
        }

        if (Math.Abs(value) > limit)
        {
            problems.Add(new ImportProblem(row, column, latitude ? ProblemText.LatitudeRange : ProblemText.LongitudeRange, Clip(text)));
            return null;
        }

        return value;
    }

    /// <summary>A death count: empty is 0 (ACLED codes unknown as 0); "3.0" as pandas writes it is 3.</summary>
    public static int? Deaths(string text, int row, string column, ImportProblems problems)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value != Math.Floor(value))
        {
            problems.Add(new ImportProblem(row, column, ProblemText.FatalitiesInvalid, Clip(text)));
            return null;
        }

        if (value is < 0 or > 1_000_000)
        {
            problems.Add(new ImportProblem(row, column, ProblemText.FatalitiesRange, Clip(text)));
            return null;
        }

        return (int)value;
    }

    /// <summary>A code 1 to 3 (ACLED time and geo precision); empty is null.</summary>
    public static int? Precision(string text, int row, string column, ImportProblems problems)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (text is "1" or "2" or "3" or "1.0" or "2.0" or "3.0")
        {
            return text[0] - '0';
        }

        problems.Add(new ImportProblem(row, column, ProblemText.ValueInvalid, Clip(text)));
        return null;
    }

    /// <summary>ISO 3166 alpha-2 of an ISO numeric (<c>140</c>), alpha-3 (<c>CAF</c>) or alpha-2 (<c>CF</c>) code, or null.</summary>
    public static string? CountryOfCode(string code)
    {
        if (code.Length == 0)
        {
            return null;
        }

        if (double.TryParse(code, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var numeric) && numeric == Math.Floor(numeric) && numeric < 1000)
        {
            return CountryCodes.Value.ByNumeric.GetValueOrDefault((int)numeric);
        }

        return code.Length switch
        {
            2 => Countries.Find(code)?.Iso2,
            3 => CountryCodes.Value.ByIso3.GetValueOrDefault(code),
            _ => null,
        };
    }

    public static string Clip(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 59), "…");
}
