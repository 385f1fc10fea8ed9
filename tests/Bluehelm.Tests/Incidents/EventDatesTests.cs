using System.Globalization;
using Bluehelm.Modules.Incidents;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

public sealed class EventDatesTests
{
    [Theory]
    [InlineData("2020-03-21")]
    [InlineData("2020-3-21")]
    [InlineData("21 March 2020")]
    [InlineData("21 march 2020")]
    [InlineData("21 Mar 2020")]
    [InlineData("21-March-2020")]
    [InlineData("21-Mar-2020")]
    [InlineData("21/03/2020")]
    [InlineData("21/3/2020")]
    [InlineData(" 2020-03-21 ")]
    [InlineData("2020-03-21T23:30:00-05:00")]
    [InlineData("2020-03-21 00:00:00")]
    public void TryParseDay_AcceptedForm_Is21March2020(string text)
    {
        EventDates.TryParseDay(text, out var day, out var problem).ShouldBeTrue(problem);

        day.ShouldBe(new DateOnly(2020, 3, 21));
    }

    [Theory]
    [InlineData("13 October 2030", 2030, 10, 13)]
    [InlineData("21 September 2019", 2019, 9, 21)]
    public void TryParseDay_NameWhoseTenthCharacterIsASpace_IsNotTakenForADateAndTime(string text, int year, int month, int day)
    {
        EventDates.TryParseDay(text, out var parsed, out var problem).ShouldBeTrue(problem);

        parsed.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void TryParseDay_FrenchCulture_StillReadsEnglishMonths()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            EventDates.TryParseDay("21 March 2020", out var day, out _).ShouldBeTrue();
            day.ShouldBe(new DateOnly(2020, 3, 21));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("", ProblemText.DateMissing)]
    [InlineData("   ", ProblemText.DateMissing)]
    [InlineData(null, ProblemText.DateMissing)]
    [InlineData("yesterday", ProblemText.DateInvalid)]
    [InlineData("1585000000", ProblemText.DateInvalid)]
    [InlineData("21.03.2020", ProblemText.DateInvalid)]
    [InlineData("21 mars 2020", ProblemText.DateInvalid)]
    [InlineData("2020-02-30", ProblemText.DateImpossible)]
    [InlineData("03/21/2020", ProblemText.DateImpossible)]
    [InlineData("31 June 2020", ProblemText.DateImpossible)]
    [InlineData("31-Jun-2020", ProblemText.DateImpossible)]
    [InlineData("1820-03-21", ProblemText.DateRange)]
    [InlineData("21/03/2220", ProblemText.DateRange)]
    [InlineData("21 March 1850", ProblemText.DateRange)]
    public void TryParseDay_BadText_SaysWhy(string? text, string expected)
    {
        EventDates.TryParseDay(text, out _, out var problem).ShouldBeFalse();

        problem.ShouldBe(expected);
    }

    [Theory]
    [InlineData("2020-03-21", "2020-03-21", "2020-03-21", DatePrecision.Day)]
    [InlineData("2020-03", "2020-03-01", "2020-03-31", DatePrecision.Month)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", DatePrecision.Month)]
    [InlineData("March 2020", "2020-03-01", "2020-03-31", DatePrecision.Month)]
    [InlineData("2020", "2020-01-01", "2020-12-31", DatePrecision.Year)]
    public void TryParsePeriod_DayMonthOrYear_IsThePeriodItCovers(string text, string start, string end, DatePrecision precision)
    {
        EventDates.TryParsePeriod(text, out var s, out var e, out var p, out var problem).ShouldBeTrue(problem);

        (s, e, p).ShouldBe((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture), precision));
    }

    [Theory]
    [InlineData("2020-13", ProblemText.DateInvalid)]
    [InlineData("1820", ProblemText.DateRange)]
    [InlineData("2020-02-30", ProblemText.DateImpossible)]
    public void TryParsePeriod_BadText_SaysWhy(string text, string expected)
    {
        EventDates.TryParsePeriod(text, out _, out _, out _, out var problem).ShouldBeFalse();

        problem.ShouldBe(expected);
    }
}
