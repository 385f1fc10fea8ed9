using System.Runtime.CompilerServices;
using nietras.SeparatedValues;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// UCDP GED as CSV (UCDP's <c>GEDEvent_v23_1.csv</c>): parsed by Sep, streamed row by row, columns
/// found by header name (any order; extra columns ignored).
/// </summary>
internal sealed class GedCsvReader
{
    public async IAsyncEnumerable<ConflictEvent> ReadAsync(Stream stream, EventFile file, ImportProblems problems, [EnumeratorCancellation] CancellationToken ct)
    {
        SepReader reader;
        try
        {
            reader = await Sep.Reader(o => o with
            {
                Unescape = true,
                DisableColCountCheck = true,
                CreateToString = SepToString.PoolPerCol(maximumStringLength: 64),
            }).FromAsync(stream, ct);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            problems.AddFatal(new ImportProblem(0, "", "file.unreadable", GedRowMapper.Shorten(e.Message)));
            yield break;
        }

        using (reader)
        {
            if (reader.Header.IsEmpty)
            {
                problems.AddFatal(new ImportProblem(0, "", "file.empty"));
                yield break;
            }

            var columns = new int[GedColumns.All.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i] = reader.Header.TryIndexOf(GedColumns.All[i], out var index) ? index : -1;
            }

            var missing = GedColumns.Required.Append(GedColumns.Latitude).Append(GedColumns.Longitude)
                .Where(c => columns[Array.IndexOf(GedColumns.All, c)] < 0).ToList();
            foreach (var name in missing)
            {
                problems.AddFatal(new ImportProblem(0, name, "column.missing"));
            }

            if (missing.Count > 0)
            {
                yield break;
            }

            var mapper = new GedRowMapper(file.DatasetVersion ?? GedVersion.From(file.FileName), problems);
            var width = reader.Header.ColNames.Count;
            var rowNumber = 0;
            while (true)
            {
                bool more;
                try
                {
                    more = await reader.MoveNextAsync(ct);
                }
                catch (InvalidDataException e)
                {
                    problems.AddFatal(new ImportProblem(rowNumber + 1, "", "file.unreadable", GedRowMapper.Shorten(e.Message)));
                    yield break;
                }

                if (!more)
                {
                    break;
                }

                rowNumber++;
                var e2 = Map(reader, columns, width, mapper, problems, rowNumber);
                if (e2 is not null)
                {
                    yield return e2;
                }
            }
        }
    }

    private static ConflictEvent? Map(SepReader reader, int[] columns, int width, GedRowMapper mapper, ImportProblems problems, int rowNumber)
    {
        var current = reader.Current;
        if (current.ColCount != width)
        {
            // A short last line is a file cut off mid-row; elsewhere, a row with the wrong number of fields.
            problems.Add(new ImportProblem(rowNumber, "", current.ColCount < width ? "row.short" : "row.long", GedRowMapper.Shorten(current.Span)));
            return null;
        }

        var row = new SepGedRow(current, columns, reader.Header);
        return mapper.Map(ref row, rowNumber);
    }

    private readonly ref struct SepGedRow(SepReader.Row row, int[] columns, SepReaderHeader header) : IGedRow
    {
        private readonly SepReader.Row _row = row;

        public bool Has(GedField field) => columns[(int)field] >= 0;

        public ReadOnlySpan<char> Span(GedField field) => columns[(int)field] is var i and >= 0 ? _row[i].Span : default;

        public string Text(GedField field) => columns[(int)field] is var i and >= 0 ? _row[i].ToString() : "";

        public string ColumnOf(GedField field) => columns[(int)field] is var i and >= 0 ? header.ColNames[i] : GedColumns.All[(int)field];
    }
}
