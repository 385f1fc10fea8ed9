using System.Text;
using Bluehelm.Platform.Csv;
using CsCheck;

namespace Bluehelm.Tests.Platform.Csv;

/// <summary>No file makes <see cref="CsvTable.Read"/> throw anything but its own <see cref="ImportFileException"/>.</summary>
public sealed class CsvTableFuzzTests
{
    private static void ReadOrRefuse(byte[] bytes)
    {
        try
        {
            var table = CsvTable.Read("fuzz.csv", new MemoryStream(bytes), ["a"], maxBytes: 1 << 16);
            table.Rows.ShouldAllBe(r => r.Fields.Length == table.Headers.Count);
        }
        catch (ImportFileException)
        {
            // The reader's own, located refusal.
        }
    }

    [Fact]
    public void Read_AnyCsvLikeText_ReadsOrRaisesImportFileException() =>
        Gen.Char["a,b\"\r\n x;#\t\0é"].Array[0, 200].Select(c => "a,b\n" + new string(c)).Sample(
            text => ReadOrRefuse(Encoding.UTF8.GetBytes(text)),
            iter: 2_000,
            threads: 1);

    [Fact]
    public void Read_AnyBytes_ReadsOrRaisesImportFileException() =>
        Gen.Byte.Array[0, 300].Sample(ReadOrRefuse, iter: 2_000, threads: 1);
}
