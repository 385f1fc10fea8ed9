using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.PublicTable.Cells;

namespace Bluehelm.Tests.Conduct.PublicTable;

/// <summary>Each cell parser of the table of allegations, on the cell forms the UN publishes and on hostile ones.</summary>
public sealed class CellParserTests
{
    [Theory]
    [InlineData("12/2023", 2023, 12)]
    [InlineData("1/2016", 2016, 1)]
    [InlineData(" 6 / 2024 ", 2024, 6)]
    [InlineData("2016-01-15", 2016, 1)]
    public void ReportedDate_MonthSlashYear_FirstDayOfTheMonthWithMonthPrecision(string text, int year, int month)
    {
        var r = ReportedDateCell.Parse(text);

        r.On.ShouldBe(new DateOnly(year, month, 1));
        r.Precision.ShouldBe(DatePrecision.Month);
        r.Year.ShouldBe(year);
    }

    [Fact]
    public void ReportedDate_RealExcelDateOrSerial_KeepsItsMonth()
    {
        ReportedDateCell.Parse(new DateTime(2019, 10, 17, 0, 0, 0, DateTimeKind.Unspecified)).On.ShouldBe(new DateOnly(2019, 10, 1));
        ReportedDateCell.Parse(43755.0).On.ShouldBe(new DateOnly(2019, 10, 1));
    }

    [Theory]
    [InlineData("13/2023")]
    [InlineData("0/2023")]
    [InlineData("12/1850")]
    [InlineData("December 2023")]
    [InlineData("12/2023; DROP TABLE conduct_cases")]
    [InlineData("<script>")]
    public void ReportedDate_NotAMonth_Refused(string text) =>
        Should.Throw<CellException>(() => ReportedDateCell.Parse(text)).Code.ShouldBe("date.invalid");

    [Fact]
    public void ReportedDate_BlankOrAbsurdSerial_Refused()
    {
        Should.Throw<CellException>(() => ReportedDateCell.Parse("  ")).Code.ShouldBe("date.required");
        Should.Throw<CellException>(() => ReportedDateCell.Parse(null)).Code.ShouldBe("date.required");
        Should.Throw<CellException>(() => ReportedDateCell.Parse(double.NaN)).Code.ShouldBe("date.invalid");
        Should.Throw<CellException>(() => ReportedDateCell.Parse(5.0)).Code.ShouldBe("date.invalid");
    }

    [Fact]
    public void IncidentDate_MonthOrYearOrUnknown_OneDateWithItsPrecision()
    {
        IncidentDateCell.Parse("March / 2016").ShouldBe(new IncidentDates(new DateOnly(2016, 3, 1), DatePrecision.Month, null, DatePrecision.Unknown));
        IncidentDateCell.Parse("Unspecified / 2014").ShouldBe(new IncidentDates(new DateOnly(2014, 1, 1), DatePrecision.Year, null, DatePrecision.Unknown));
        IncidentDateCell.Parse("Unknown").ShouldBe(IncidentDates.Unknown);
        IncidentDateCell.Parse("").ShouldBe(IncidentDates.Unknown);
    }

    [Fact]
    public void IncidentDate_Ranges_BothEndsWithTheirPrecisions()
    {
        IncidentDateCell.Parse("Unspecified / 2014 - Unspecified / 2016")
            .ShouldBe(new IncidentDates(new DateOnly(2014, 1, 1), DatePrecision.Year, new DateOnly(2016, 1, 1), DatePrecision.Year));
        IncidentDateCell.Parse("Unspecified / 2014 - June / 2015")
            .ShouldBe(new IncidentDates(new DateOnly(2014, 1, 1), DatePrecision.Year, new DateOnly(2015, 6, 1), DatePrecision.Month));
        IncidentDateCell.Parse("May / 2020 - Unspecified")
            .ShouldBe(new IncidentDates(new DateOnly(2020, 5, 1), DatePrecision.Month, null, DatePrecision.Unknown));
        // A year-precise end stands for the whole year, so it does not end before August.
        IncidentDateCell.Parse("August / 2021 - Unspecified / 2021")
            .ShouldBe(new IncidentDates(new DateOnly(2021, 8, 1), DatePrecision.Month, new DateOnly(2021, 1, 1), DatePrecision.Year));
        IncidentDateCell.Parse("Sep / 2008 - April / 2009").From.ShouldBe(new DateOnly(2008, 9, 1));
    }

    [Theory]
    [InlineData("June / 2016 - May / 2016", "incident.range-order")]
    [InlineData("Juin / 2016", "incident.invalid")]
    [InlineData("June 2016", "incident.invalid")]
    [InlineData("June / 2016 - July / 2016 - August / 2016", "incident.invalid")]
    [InlineData("June / 1200", "incident.invalid")]
    [InlineData("Smarch / 2016", "incident.invalid")]
    public void IncidentDate_Malformed_RefusedWithItsCode(string text, string code) =>
        Should.Throw<CellException>(() => IncidentDateCell.Parse(text)).Code.ShouldBe(code);

    [Fact]
    public void Personnel_TheTablesForms_CategoryWordsAndCount()
    {
        PersonnelCell.Parse("Military (MC),6").ShouldBe([new PersonnelLine(PersonnelCategory.MilitaryContingent, "Military (MC)", 6)]);
        PersonnelCell.Parse("Military (MC)").ShouldBe([new PersonnelLine(PersonnelCategory.MilitaryContingent, "Military (MC)", 1)]);
        PersonnelCell.Parse("Civilian (Vendor Employee                                   ),3")
            .ShouldBe([new PersonnelLine(PersonnelCategory.ContractorOrVendor, "Civilian (Vendor Employee)", 3)]);
        PersonnelCell.Parse("Police (FPU),2").ShouldBe([new PersonnelLine(PersonnelCategory.FormedPolice, "Police (FPU)", 2)]);
        PersonnelCell.Parse("Civilian ((Legacy) Daily Casual Workers                     ),1")
            .ShouldBe([new PersonnelLine(PersonnelCategory.ContractorOrVendor, "Civilian ((Legacy) Daily Casual Workers)", 1)]);
    }

    [Theory]
    [InlineData("Military (MC),1", PersonnelCategory.MilitaryContingent)]
    [InlineData("Military (Staff Officer),10", PersonnelCategory.StaffOfficerOrObserver)]
    [InlineData("Military (MO)", PersonnelCategory.StaffOfficerOrObserver)]
    [InlineData("Police (UNPOL),1", PersonnelCategory.IndividualPolice)]
    [InlineData("Police (GPP),1", PersonnelCategory.Corrections)]
    [InlineData("Civilian (INT),1", PersonnelCategory.CivilianStaff)]
    [InlineData("Civilian (NS),2", PersonnelCategory.CivilianStaff)]
    [InlineData("Civilian (UNV),1", PersonnelCategory.UnVolunteer)]
    [InlineData("Civilian (Contractor),2", PersonnelCategory.ContractorOrVendor)]
    [InlineData("Civilian (Consultant),1", PersonnelCategory.Other)]
    public void Personnel_EachSubCategory_MapsToItsCategory(string text, PersonnelCategory category) =>
        PersonnelCell.Parse(text).Single().Category.ShouldBe(category);

    [Fact]
    public void Personnel_SeveralLines_OneEachSeparatedByBlankLines()
    {
        var lines = PersonnelCell.Parse("Civilian (NS),1\n\nCivilian ((Legacy) Daily Casual Workers   ),1\n\nCivilian (UNV),1");

        lines.Select(l => l.Category).ShouldBe([PersonnelCategory.CivilianStaff, PersonnelCategory.ContractorOrVendor, PersonnelCategory.UnVolunteer]);
    }

    [Theory]
    [InlineData("Military (MC),0", "count.invalid")]
    [InlineData("Military (MC),-3", "personnel.invalid")]
    [InlineData("Military (MC),six", "personnel.invalid")]
    [InlineData("Military (MC),99999999999", "count.invalid")]
    [InlineData("Martian (MC),1", "personnel.invalid")]
    [InlineData("6", "personnel.invalid")]
    [InlineData("", "personnel.required")]
    public void Personnel_Hostile_RefusedWithItsCode(string text, string code) =>
        Should.Throw<CellException>(() => PersonnelCell.Parse(text)).Code.ShouldBe(code);

    [Theory]
    [InlineData("South Africa", "ZA")]
    [InlineData("United Republic of Tanzania", "TZ")]
    [InlineData("Democratic Republic of the Congo", "CD")]
    [InlineData("Congo", "CG")]
    [InlineData("Bolivia", "BO")]
    [InlineData("Bolivia (Plurinational State of)", "BO")]
    [InlineData("Republic of Moldova", "MD")]
    [InlineData("Côte d'Ivoire", "CI")]
    [InlineData("United States of America", "US")]
    [InlineData("Cameroon", "CM")]
    public void Nationality_UnNames_ResolveToIso2(string text, string iso2) =>
        NationalityCell.Parse(text).ShouldBe([new NationalityLine(iso2, text)]);

    [Fact]
    public void Nationality_NotApplicableOrUnknown_NullWithTheWordsKept()
    {
        NationalityCell.Parse("N/A").ShouldBe([new NationalityLine(null, "N/A")]);
        NationalityCell.Parse("Unknown").ShouldBe([new NationalityLine(null, "Unknown")]);
        NationalityCell.Parse("Nepal\n\nEthiopia").Select(n => n.Iso2).ShouldBe(["NP", "ET"]);
    }

    [Fact]
    public void Nationality_UnknownCountryOrLinesNotMatchingPersonnel_Refused()
    {
        Should.Throw<CellException>(() => NationalityCell.Parse("Atlantis")).Code.ShouldBe("nationality.unknown");
        Should.Throw<CellException>(() => NationalityCell.Parse(new string('x', 150))).Code.ShouldBe("nationality.unknown");
        var two = NationalityCell.Parse("Nepal\n\nEthiopia");
        Should.Throw<CellException>(() => NationalityCell.ForPersonnel(two, 3)).Code.ShouldBe("nationality.lines");
        NationalityCell.ForPersonnel([two[0]], 3).ShouldAllBe(n => n!.Iso2 == "NP");
    }

    [Fact]
    public void Victim_Lines_CountsPerAgeGroupAndOneWithoutNumber()
    {
        VictimCell.Parse("Child (2)\n\nAdult (4)\n\nUnknown (1)").ShouldBe([new VictimLine(AgeGroup.Child, 2), new VictimLine(AgeGroup.Adult, 4), new VictimLine(AgeGroup.Unknown, 1)]);
        VictimCell.Parse("Adult").ShouldBe([new VictimLine(AgeGroup.Adult, 1)]);
        VictimCell.Parse(" ").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Elder (2)")]
    [InlineData("Child (two)")]
    [InlineData("Child (2) Adult (1)")]
    public void Victim_Hostile_Refused(string text) =>
        Should.Throw<CellException>(() => VictimCell.Parse(text)).Code.ShouldBe("victim.invalid");

    [Fact]
    public void Allegation_Lines_CategoryTypeAndSourceText()
    {
        AllegationCell.Parse("SE (Transactional sex)\n\nSA (Rape)").ShouldBe([
            new AllegationLine(AllegationCategory.SexualExploitation, AllegationType.TransactionalSex, "SE (Transactional sex)"),
            new AllegationLine(AllegationCategory.SexualAbuse, AllegationType.Rape, "SA (Rape)"),
        ]);
        AllegationCell.Parse("SA ([Legacy] Sexual activity with minor)").Single().Type.ShouldBe(AllegationType.SexualActivityWithMinor);
        AllegationCell.Parse("SE (Soliciting transactional sex)").Single().Type.ShouldBe(AllegationType.SolicitingTransactionalSex);
        AllegationCell.Parse("SA (Attempted sexual assault)").Single().Type.ShouldBe(AllegationType.AttemptedSexualAssault);
        AllegationCell.Parse("SE (Unknown)").Single().Type.ShouldBe(AllegationType.Unknown);
        AllegationCell.Parse("SE (Sexual harassment)").Single().ShouldBe(new AllegationLine(AllegationCategory.SexualExploitation, AllegationType.Other, "SE (Sexual harassment)"));
    }

    [Theory]
    [InlineData("XX (Rape)")]
    [InlineData("(Rape)")]
    [InlineData("SE Transactional sex")]
    public void Allegation_UnknownCategory_Refused(string text) =>
        Should.Throw<CellException>(() => AllegationCell.Parse(text)).Code.ShouldBe("allegation.invalid");

    [Fact]
    public void Answers_TheTablesWords_MappedAndOthersRefused()
    {
        AnswerCells.PaternityClaim("Yes").ShouldBeTrue();
        AnswerCells.PaternityClaim("No").ShouldBeFalse();
        Should.Throw<CellException>(() => AnswerCells.PaternityClaim("Maybe")).Code.ShouldBe("yes-no.invalid");
        AnswerCells.Answer("Pending").ShouldBe(Answer.Pending);
        AnswerCells.Answer("N/A").ShouldBe(Answer.NotApplicable);
        AnswerCells.Answer("yes").ShouldBe(Answer.Yes);
        Should.Throw<CellException>(() => AnswerCells.Answer("Perhaps")).Code.ShouldBe("answer.invalid");
        AnswerCells.Nio("No (no response)").ShouldBe(NioStatus.NoResponse);
        AnswerCells.Nio("No (declined)").ShouldBe(NioStatus.Declined);
        AnswerCells.Nio("Pending").ShouldBe(NioStatus.Pending);
        AnswerCells.Nio("N/A").ShouldBe(NioStatus.NotApplicable);
        AnswerCells.Nio("Yes").ShouldBe(NioStatus.Yes);
        Should.Throw<CellException>(() => AnswerCells.Nio("No (lost)")).Code.ShouldBe("nio.invalid");
    }

    [Theory]
    [InlineData("UN OIOS (125)", InvestigatingEntity.Oios, 125)]
    [InlineData("TCC/OIOS (Pending)", InvestigatingEntity.Joint, null)]
    [InlineData("TCC (90)", InvestigatingEntity.MemberState, 90)]
    [InlineData("PCC (12)", InvestigatingEntity.MemberState, 12)]
    [InlineData("UN Mission (30)", InvestigatingEntity.Mission, 30)]
    [InlineData("UN Review (N/A)", InvestigatingEntity.UnReview, null)]
    [InlineData("For Information (N/A)", InvestigatingEntity.ForInformation, null)]
    [InlineData("Non-UN (116)", InvestigatingEntity.NonUn, 116)]
    [InlineData("Host State (Pending)", InvestigatingEntity.NonUn, null)]
    [InlineData("Pending (Pending)", InvestigatingEntity.NotAssigned, null)]
    public void Investigation_TheTablesForms_EntityAndDays(string text, InvestigatingEntity entity, int? days) =>
        InvestigationCell.Parse(text).ShouldBe(new InvestigationCellValue(entity, days));

    [Theory]
    [InlineData("FBI (12)")]
    [InlineData("UN OIOS (-5)")]
    [InlineData("UN OIOS (twelve)")]
    [InlineData("UN OIOS (0)")]
    public void Investigation_Hostile_Refused(string text) =>
        Should.Throw<CellException>(() => InvestigationCell.Parse(text)).Code.ShouldBeOneOf("investigation.invalid", "count.invalid");

    [Fact]
    public void Result_Lines_SubstantiatedWhenAnyLineIsAndEveryLineKept()
    {
        var r = ResultCell.Parse("Unsubstantiated (Insufficient evidence) (1)\n\nSubstantiated (Rape) (2)");
        r.Finding.ShouldBe(Finding.Substantiated);
        r.Lines.ShouldBe(["Unsubstantiated (Insufficient evidence) (1)", "Substantiated (Rape) (2)"]);

        ResultCell.Parse("Pending (additional information from Member State) (3)").Finding.ShouldBe(Finding.Pending);
        ResultCell.Parse("Unsubstantiated (Insufficient evidence (identity)) (1)").Finding.ShouldBe(Finding.Unsubstantiated);
        ResultCell.Parse("Incomplete (Subject died) (1)").Finding.ShouldBe(Finding.Closed);
        ResultCell.Parse("N/A (1)").Finding.ShouldBe(Finding.Closed);
        ResultCell.Parse("").Finding.ShouldBe(Finding.Pending);
        // A value wrapped by a single line break is one value, not two.
        ResultCell.Parse("Unsubstantiated (Insufficient evidence, but interfering with investigation\n) (1)").Lines
            .ShouldBe(["Unsubstantiated (Insufficient evidence, but interfering with investigation) (1)"]);
    }

    [Fact]
    public void Result_UnknownWord_Refused() =>
        Should.Throw<CellException>(() => ResultCell.Parse("Proven (Rape) (1)")).Code.ShouldBe("result.invalid");

    [Fact]
    public void InterimAction_Lines_ByKindCountAndSourceText()
    {
        ActionCells.Interim("UN Payments suspended (withheld) (2)\n\nNG Repatriation (1)\n\nUN Pending (1)\n\nNone (3)\n\nN/A (1)\n\nUN  (1)").ShouldBe([
            new MeasureLine(ActionBy.UnitedNations, MeasureKind.PaymentSuspension, 2, "UN Payments suspended (withheld) (2)"),
            new MeasureLine(ActionBy.MemberState, MeasureKind.Repatriation, 1, "NG Repatriation (1)"),
            new MeasureLine(ActionBy.UnitedNations, MeasureKind.Pending, 1, "UN Pending (1)"),
            new MeasureLine(ActionBy.UnitedNations, MeasureKind.None, 3, "None (3)"),
            new MeasureLine(ActionBy.UnitedNations, MeasureKind.None, 1, "N/A (1)"),
            new MeasureLine(ActionBy.UnitedNations, MeasureKind.None, 1, "UN (1)"),
        ]);
        ActionCells.Interim("UN Administrative leave without pay (1)").Single().Kind.ShouldBe(MeasureKind.AdministrativeLeave);
    }

    [Theory]
    [InlineData("UN Repatriation (3)", ActionBy.UnitedNations, ActionKind.Repatriation, 3)]
    [InlineData("NG Jail (1)", ActionBy.MemberState, ActionKind.Imprisonment, 1)]
    [InlineData("NG Pending (6)", ActionBy.MemberState, ActionKind.Pending, 6)]
    [InlineData("UN Action closed (2)", ActionBy.UnitedNations, ActionKind.Closed, 2)]
    [InlineData("NG Dismissal", ActionBy.MemberState, ActionKind.Dismissal, 1)]
    [InlineData("UN Separation from service", ActionBy.UnitedNations, ActionKind.Dismissal, 1)]
    [InlineData("UN Termination", ActionBy.UnitedNations, ActionKind.Dismissal, 1)]
    [InlineData("NG Financial sanction", ActionBy.MemberState, ActionKind.FinancialSanction, 1)]
    [InlineData("NG Demotion", ActionBy.MemberState, ActionKind.Demotion, 1)]
    [InlineData("NG Case dismissed (3)", ActionBy.MemberState, ActionKind.Other, 3)]
    [InlineData("UN UN referral to host state (1)", ActionBy.UnitedNations, ActionKind.Other, 1)]
    public void FinalAction_Lines_ByKindAndCount(string text, ActionBy by, ActionKind kind, int count) =>
        ActionCells.Final(text).ShouldBe([new ActionLine(by, kind, count, text)]);

    [Fact]
    public void Lines_OverlongCell_Refused()
    {
        Should.Throw<CellException>(() => CellText.Lines(new string('a', 5000))).Code.ShouldBe("cell.too-long");
        Should.Throw<CellException>(() => ActionCells.Final("UN " + new string('a', 300))).Code.ShouldBe("cell.too-long");
        Should.Throw<CellException>(() => ActionCells.Final("UN Repatriation (0)")).Code.ShouldBe("count.invalid");
    }
}
