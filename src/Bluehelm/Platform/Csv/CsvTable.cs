using System.Globalization;
using System.Security.Cryptography;
using CsvHelper;

namespace Bluehelm.Platform.Csv;

/// <summary>
/// A whole CSV file read into memory with typed, located accessors: every problem names the file,
/// the line and the column. Data files here are a few MB at most.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string fileName, string sha256, Dictionary<string, int> columns, List<(int Line, string[] Fields)> rows, IReadOnlyList<string> headers)
    {
        Headers = headers;
        FileName = fileName;
        Sha256 = sha256;
        _columns = columns;
        Rows = rows;
    }

    public string FileName { get; }

    /// <summary>The header row as written.</summary>
    public IReadOnlyList<string> Headers { get; }

    public string Sha256 { get; }

    public IReadOnlyList<(int Line, string[] Fields)> Rows { get; }

    /// <summary>Reads and checks a whole file; a quoting error, a short row or a missing column is an <see cref="ImportFileException"/>.</summary>
    public static CsvTable Read(string fileName, Stream stream, IReadOnlyList<string> requiredColumns, long maxBytes = 64L * 1024 * 1024)
    {
        using var buffer = new MemoryStream();
        CopyLimited(fileName, stream, buffer, maxBytes);
        var bytes = buffer.ToArray();
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            IncludeValuesInExceptions = false,
            MaxRecordSize = 1024 * 1024,
        };

        try
        {
            using var csv = CsvReader.Create(bytes, options);
            var header = csv.Headers;
            if (header.Count == 0 || (header.Count == 1 && string.IsNullOrWhiteSpace(header[0])))
            {
                throw new ImportFileException(fileName, 1, "the file is empty");
            }

            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < header.Count; i++)
            {
                columns.TryAdd(header[i].Trim(), i);
            }

            var missing = requiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new ImportFileException(fileName, 1, "missing column(s) " + string.Join(", ", missing));
            }

            var rows = new List<(int, string[])>();
            while (csv.Read())
            {
                var line = (int)csv.LineNumber;
                if (csv.FieldCount != header.Count)
                {
                    throw new ImportFileException(fileName, line, $"expected {header.Count} fields, found {csv.FieldCount}");
                }

                rows.Add((line, csv.Current.ToArray()));
            }

            return new CsvTable(fileName, sha, columns, rows, [.. header]);
        }
        catch (CsvFormatException ex)
        {
            throw new ImportFileException(fileName, (int)Math.Max(ex.LineNumber, ex.RecordNumber), "malformed CSV (quoting or record size)");
        }
    }

    private static void CopyLimited(string fileName, Stream from, Stream to, long maxBytes)
    {
        var chunk = new byte[81920];
        long total = 0;
        int n;
        while ((n = from.Read(chunk, 0, chunk.Length)) > 0)
        {
            total += n;
            if (total > maxBytes)
            {
                throw new ImportFileException(fileName, 0, $"the file is larger than {maxBytes / (1024 * 1024)} MB");
            }

            to.Write(chunk, 0, n);
        }
    }

    public string Text((int Line, string[] Fields) row, string column, bool required = true)
    {
        var value = row.Fields[_columns[column]].Trim();
        if (required && value.Length == 0)
        {
            throw new ImportFileException(FileName, row.Line, $"column '{column}' is empty");
        }

        return value;
    }

    public int Int((int Line, string[] Fields) row, string column, int min, int max)
    {
        return IntOrNull(row, column, min, max) ?? throw new ImportFileException(FileName, row.Line, $"column '{column}' is missing a number");
    }

    /// <summary>An integer, or null for NA / empty (the sources' way of saying "not known").</summary>
    public int? IntOrNull((int Line, string[] Fields) row, string column, int min, int max)
    {
        var text = Text(row, column, required: false);
        if (text.Length == 0 || text is "NA" or "na" or "N/A")
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ImportFileException(FileName, row.Line, $"column '{column}' has '{Truncate(text)}', expected a whole number from {min} to {max}");
        }

        return value;
    }

    public double Double((int Line, string[] Fields) row, string column, double min, double max)
    {
        var text = Text(row, column);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < min || value > max)
        {
            throw new ImportFileException(FileName, row.Line, $"column '{column}' has '{Truncate(text)}', expected a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
        }

        return value;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
