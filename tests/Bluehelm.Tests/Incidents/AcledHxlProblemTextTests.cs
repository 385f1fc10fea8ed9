using System.Globalization;
using System.Resources;
using Bluehelm.Modules.Incidents.Import;

namespace Bluehelm.Tests.Incidents;

public sealed class AcledHxlProblemTextTests
{
    private static readonly ResourceManager Labels = new("Bluehelm.Modules.Incidents.Import.ProblemText", typeof(ProblemText).Assembly);

    public static TheoryData<string> Codes() => [.. ProblemText.All];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Label_EveryCode_HasEnglishAndDifferentFrench(string code)
    {
        var english = Labels.GetString(code, CultureInfo.GetCultureInfo("en"));
        var french = Labels.GetString(code, CultureInfo.GetCultureInfo("fr"));

        english.ShouldNotBeNullOrWhiteSpace();
        french.ShouldNotBeNullOrWhiteSpace();
        french.ShouldNotBe(english);
    }

    [Fact]
    public void All_Codes_AreDistinct() => ProblemText.All.Distinct().Count().ShouldBe(ProblemText.All.Count);
}
