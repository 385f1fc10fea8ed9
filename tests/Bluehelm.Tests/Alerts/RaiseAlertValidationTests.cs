using Bluehelm.Modules.Alerts;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Tests.Alerts;

public sealed class RaiseAlertValidationTests
{
    [Theory]
    [InlineData("fr")]
    [InlineData("sg")]
    [InlineData("en")]
    [InlineData("und")]
    [InlineData("en-GB")]
    [InlineData("fr-CF")]
    [InlineData("es-419")]
    [InlineData("sr-Latn")]
    public void IsLanguageTag_Bcp47Tag_IsTrue(string tag) => RaiseAlertValidation.IsLanguageTag(tag).ShouldBeTrue();

    [Theory]
    [InlineData("french!!")]
    [InlineData("f")]
    [InlineData("en_GB")]
    [InlineData("en-")]
    [InlineData("fr\n")]
    [InlineData("12")]
    [InlineData("zh-Hans-CN")]
    public void IsLanguageTag_NotATagOrLongerThanTheColumn_IsFalse(string tag) => RaiseAlertValidation.IsLanguageTag(tag).ShouldBeFalse();

    [Fact]
    public void Check_ControlCharactersButTabAndLineBreaks_AreRefused()
    {
        RaiseAlertValidation.Check("line one\r\nline\ttwo", "Bria", "fr", "Jean", "+236 72 00 00 00").ShouldBeEmpty();
        RaiseAlertValidation.Check("nul\0", "Bria\u0085", null, "Jean\u001f", null)
            .ShouldBe([(RaiseAlertValidation.Description, "control-character"), (RaiseAlertValidation.PlaceName, "control-character"), (RaiseAlertValidation.ReporterName, "control-character")]);
    }

    [Fact]
    public void Check_TextLongerThanItsColumn_IsTooLong() =>
        RaiseAlertValidation.Check(new string('d', 4001), new string('p', 201), null, new string('n', 5000), new string('7', 500))
            .ShouldBe([(RaiseAlertValidation.Description, "too-long"), (RaiseAlertValidation.PlaceName, "too-long"), (RaiseAlertValidation.ReporterName, "too-long"), (RaiseAlertValidation.ReporterPhone, "too-long")]);

    [Theory]
    [InlineData("Armed men\0 at the well", null, null, "error.control-character")]
    [InlineData("Armed men at the well", "Jean\u0007", null, "error.control-character")]
    [InlineData("Armed men at the well", null, "5000", "error.too-long")]
    public void AlertForm_SharedChecks_AreReportedInTheUsersLanguage(string description, string? reporterName, string? nameLength, string key)
    {
        var form = new AlertForm
        {
            Description = description,
            PlaceName = "Bria",
            ReporterName = nameLength is null ? reporterName : new string('n', int.Parse(nameLength, System.Globalization.CultureInfo.InvariantCulture)),
        };
        var errors = new Bluehelm.Platform.Layout.FormErrors();

        form.Parse(new KeyLocalizer(), DateTimeOffset.UnixEpoch, errors).ShouldBeNull();

        errors.All.Select(e => e.Message).ShouldBe([key]);
    }

    /// <summary>Answers each key with itself, so a test sees which message was chosen.</summary>
    private sealed class KeyLocalizer : IStringLocalizer<AlertsText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
