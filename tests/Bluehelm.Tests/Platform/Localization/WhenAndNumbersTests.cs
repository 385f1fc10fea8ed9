using System.Globalization;
using Bluehelm.Platform.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bluehelm.Tests.Platform.Localization;

public sealed class WhenAndNumbersTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 7, 2, 0, TimeSpan.Zero);

    private static IStringLocalizer<SharedText> Text() =>
        new StringLocalizer<SharedText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, c) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, c);
        }
    }

    [Theory]
    [InlineData("en", "1 Dec 2026 07:02 UTC")]
    [InlineData("fr", "1 déc. 2026 07:02 UTC")]
    public void Utc_EitherLanguage_MonthIsAWord(string culture, string expected) =>
        Assert.Equal(expected, In(culture, () => When.Utc(At.ToOffset(TimeSpan.FromHours(1)))));

    [Theory]
    [InlineData("en", 12, "due in 12 min")]
    [InlineData("en", -31 * 60 - 20, "overdue by 31 h")]
    [InlineData("en", -(3 * 60 + 5), "overdue by 3 h 05 min")]
    [InlineData("en", 3 * 24 * 60, "due in 3 d")]
    [InlineData("fr", 12, "échéance dans 12 min")]
    [InlineData("fr", -31 * 60, "en retard de 31 h")]
    [InlineData("fr", -(3 * 60 + 5), "en retard de 3 h 05")]
    public void Deadline_MinutesFromNow_ReadsAsWatchOfficerSaysIt(string culture, int minutes, string expected) =>
        Assert.Equal(expected, In(culture, () => When.Deadline(Text(), At.AddMinutes(minutes), At)));

    [Theory]
    [InlineData("1200", 1200)]
    [InlineData("1 200", 1200)]
    [InlineData("1\u00A0200", 1200)]
    [InlineData("1\u202F200", 1200)]
    [InlineData("1,200", 1200)]
    [InlineData(" 12 345 678 ", 12345678)]
    [InlineData("0", 0)]
    public void TryParseCount_GroupedEitherWay_Reads(string input, int expected)
    {
        Assert.True(Numbers.TryParseCount(input, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12,00")]
    [InlineData("1,200 300")]
    [InlineData("1.5")]
    [InlineData("-3")]
    [InlineData("1 2")]
    [InlineData("1234,567")]
    [InlineData("99999999999")]
    [InlineData("douze")]
    public void TryParseCount_NotACount_Refused(string input) =>
        Assert.False(Numbers.TryParseCount(input, out _));
}
