using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.PublicTable;
using MiniExcelLibs;

namespace Bluehelm.Tests.Conduct.PublicTable;

/// <summary>The table reader on small workbooks: headers by name in any order, whole-file refusal, the key, the stage rule.</summary>
public sealed class TableReaderTests
{
    private static Dictionary<string, object?> Row(string date = "3/2024", string mission = "MINUSCA", string personnel = "Military (MC),2", string nationality = "Cameroon",
        string result = "Pending (2)", string final = "UN Pending (2)", string investigation = "TCC (Pending)") => new()
    {
        ["Date"] = date,
        ["Mission"] = mission,
        ["Date of incident"] = "January / 2024",
        ["Personnel Type"] = personnel,
        ["Nationality"] = nationality,
        ["Victim"] = "Child (1)\n\nAdult (2)",
        ["Allegation"] = "SA (Rape)",
        ["Paternity claim"] = "No",
        ["Paternity established"] = "N/A",
        ["NIO appointed"] = "Yes",
        ["Investigation (days)"] = investigation,
        ["Result"] = result,
        ["Interim Action"] = "UN Payments suspended (withheld) (2)",
        ["Final Action"] = final,
        ["Referral for criminal accountability"] = "Pending",
    };

    private static MemoryStream Workbook(IEnumerable<IDictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void Read_ColumnsInAnotherOrderAndOddCase_ReadsEveryRow()
    {
        static Dictionary<string, object?> Shuffled(Dictionary<string, object?> row) =>
            row.Reverse().ToDictionary(p => p.Key == "Personnel Type" ? "  personnel   TYPE " : p.Key, p => p.Value);

        var read = TableReader.Read(Workbook([Shuffled(Row()), Shuffled(Row(mission: "unama", nationality: "N/A", personnel: "Civilian (INT),1"))]));

        read.Ok.ShouldBeTrue(string.Join("; ", read.Problems));
        read.Rows.Count.ShouldBe(2);
        read.Rows[0].ExcelRow.ShouldBe(2);
        read.Rows[0].Subjects.Single().Personnel.Count.ShouldBe(2);
        read.Rows[0].Subjects.Single().Nationality!.Iso2.ShouldBe("CM");
        read.Rows[0].Victims.Sum(v => v.Count).ShouldBe(3);
        read.Rows[1].Mission.ShouldBe("UNAMA");
        read.Rows[1].Subjects.Single().Nationality!.Iso2.ShouldBeNull();
    }

    [Fact]
    public void Read_RequiredColumnMissing_RefusesNamingIt()
    {
        var row = Row();
        row.Remove("Personnel Type");

        var read = TableReader.Read(Workbook([row]));

        read.Ok.ShouldBeFalse();
        read.Rows.ShouldBeEmpty();
        read.Problems.ShouldBe([new TableProblem(1, "Personnel Type", "column.missing")]);
    }

    [Fact]
    public void Read_OneBadCellAmongGoodRows_RefusesTheWholeFileNamingRowAndColumn()
    {
        var read = TableReader.Read(Workbook([Row(), Row(), Row(personnel: "Military (MC),x"), Row(nationality: "Atlantis")]));

        read.Ok.ShouldBeFalse();
        read.Rows.ShouldBeEmpty();
        read.Problems.ShouldBe([
            new TableProblem(4, "Personnel Type", "personnel.invalid", "Military (MC),x"),
            new TableProblem(5, "Nationality", "nationality.unknown", "Atlantis"),
        ]);
    }

    [Fact]
    public void Read_NotAWorkbook_RefusedAsUnreadable()
    {
        var read = TableReader.Read(new MemoryStream("Date,Mission\n3/2024,MINUSCA\n"u8.ToArray()));

        read.Problems.ShouldBe([new TableProblem(0, "", "file.unreadable")]);
    }

    [Fact]
    public void Read_IdenticalRows_DistinctKeysByOrdinalAndTheSameKeysInAnotherEdition()
    {
        var first = TableReader.Read(Workbook([Row(), Row(), Row(date: "4/2024")]));
        // The next edition: a result changed, a row inserted before the others.
        var next = TableReader.Read(Workbook([Row(date: "5/2024"), Row(result: "Substantiated (Rape) (2)"), Row(), Row(date: "4/2024")]));

        first.Rows.Select(r => r.SourceKey).Distinct().Count().ShouldBe(3);
        first.Rows[0].SourceKey.ShouldEndWith(":1");
        first.Rows[1].SourceKey.ShouldEndWith(":2");
        next.Rows[1].SourceKey.ShouldBe(first.Rows[0].SourceKey);
        next.Rows[1].ContentHash.ShouldNotBe(first.Rows[0].ContentHash);
        next.Rows[2].SourceKey.ShouldBe(first.Rows[1].SourceKey);
        next.Rows[2].ContentHash.ShouldBe(first.Rows[1].ContentHash);
        next.Rows[3].SourceKey.ShouldBe(first.Rows[2].SourceKey);
        first.Rows.Select(r => r.SourceKey).ShouldNotContain(next.Rows[0].SourceKey);
    }

    [Theory]
    [InlineData("Pending (2)", "UN Pending (2)", "TCC (Pending)", CaseStage.Investigation)]
    [InlineData("Pending (2)", "UN Pending (2)", "Pending (Pending)", CaseStage.Assessment)]
    [InlineData("Substantiated (Rape) (2)", "NG Pending (2)", "TCC (90)", CaseStage.Findings)]
    [InlineData("Substantiated (Rape) (2)", "NG Jail (2)", "TCC (90)", CaseStage.Closed)]
    [InlineData("Unsubstantiated (Insufficient evidence) (2)", "N/A (2)", "UN OIOS (120)", CaseStage.Closed)]
    public void Stage_FindingAndFinalActions_GiveTheHistoricalStage(string result, string final, string investigation, CaseStage stage)
    {
        var read = TableReader.Read(Workbook([Row(result: result, final: final, investigation: investigation)]));

        read.Rows.Single().Stage.ShouldBe(stage);
    }
}
