using System.Text;
using Bluehelm.Platform.Csv;

namespace Bluehelm.Tests.Platform.Csv;

public sealed class CsvTableTests
{
    private static CsvTable Read(string text, long max = 1 << 20) =>
        CsvTable.Read("f.csv", new MemoryStream(Encoding.UTF8.GetBytes(text)), ["a", "b"], max);

    [Fact]
    public void Read_QuotedCommas_AreOneField()
    {
        var t = Read("a,b\n\"x, y\",2\n");

        t.Rows.Count.ShouldBe(1);
        t.Text(t.Rows[0], "a").ShouldBe("x, y");
        t.Rows[0].Line.ShouldBe(2);
    }

    [Fact]
    public void Read_ShortRow_NamesTheLine()
    {
        var ex = Should.Throw<ImportFileException>(() => Read("a,b\n1,2\n3\n"));

        ex.Line.ShouldBe(3);
        ex.Problem.ShouldContain("expected 2 fields");
    }

    [Fact]
    public void Read_UnterminatedQuote_IsAnImportError()
    {
        var ex = Should.Throw<ImportFileException>(() => Read("a,b\n1,2\n\"3,4\n5,6\n"));

        ex.FileName.ShouldBe("f.csv");
    }

    [Fact]
    public void Read_MissingColumn_IsLine1()
    {
        var ex = Should.Throw<ImportFileException>(() => Read("a,c\n1,2\n"));

        (ex.Line, ex.Problem).ShouldBe((1, "missing column(s) b"));
    }

    [Fact]
    public void Read_TooLarge_IsRefusedBeforeParsing()
    {
        var ex = Should.Throw<ImportFileException>(() => Read("a,b\n" + string.Concat(Enumerable.Repeat("1,2\n", 1000)), max: 100));

        ex.Problem.ShouldContain("larger than");
    }

    [Theory]
    [InlineData("NA", null)]
    [InlineData("", null)]
    [InlineData("42", 42)]
    public void IntOrNull_NotAvailableOrNumber_ReadsNullOrValue(string text, int? expected)
    {
        var t = Read($"a,b\n{text},x\n");

        t.IntOrNull(t.Rows[0], "a", 0, 100).ShouldBe(expected);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    public void IntOrNull_OutOfRangeOrNotANumber_NamesColumnAndValue(string text)
    {
        var t = Read($"a,b\n{text},x\n");

        var ex = Should.Throw<ImportFileException>(() => t.IntOrNull(t.Rows[0], "a", 0, 100));
        ex.Problem.ShouldContain("column 'a'");
        ex.Problem.ShouldContain(text);
    }
}
