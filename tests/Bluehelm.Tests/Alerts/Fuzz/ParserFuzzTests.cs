using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using System.Text.Json;
using Bluehelm.Modules.Alerts;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Http;
using CsCheck;
using Microsoft.Extensions.Localization;

namespace Bluehelm.Tests.Alerts.Fuzz;

/// <summary>No outside input makes an intake parser throw: each answers with its own "invalid" (false, null, an error).</summary>
public sealed class ParserFuzzTests
{
    private const string CoordinateAlphabet = "0123456789.,°º'′\"″dmsNSEWOnsewo ";

    [Fact]
    public void Coordinates_AnyText_ParsesInRangeOrRefuses() =>
        FuzzInputs.Text(CoordinateAlphabet).Sample(
            text =>
            {
                foreach (var latitude in new[] { true, false })
                {
                    if (Coordinates.TryParse(text, latitude, out var value))
                    {
                        double.IsFinite(value).ShouldBeTrue(text);
                        Math.Abs(value).ShouldBeLessThanOrEqualTo(latitude ? 90 : 180, text);
                    }
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);

    [Fact]
    public void Coordinates_DmsWithDigitsOfAnotherScript_AreRefusedNotThrown()
    {
        // Regex \d matches Arabic-Indic digits, which double.Parse (invariant) does not read.
        Coordinates.TryParse("٤°23'37\"N", latitude: true, out _).ShouldBeFalse();
        Coordinates.TryParse("4°٢3'37\"N", latitude: true, out _).ShouldBeFalse();
        Coordinates.TryParse("4°23'37\"N", latitude: true, out var v).ShouldBeTrue();
        v.ShouldBe(4.393611, 1e-6);
    }

    [Fact]
    public void EnumNames_AnyText_AreADefinedValueOrNull()
    {
        static void Check<T>(string text)
            where T : struct, Enum
        {
            if (AlertCsv.ParseEnum<T>(text) is { } value)
            {
                Enum.IsDefined(value).ShouldBeTrue(text);
            }
        }

        FuzzInputs.Text("abcdefghijklmnopqrstuvwxyz-_ 0123456789éÉ,").Sample(
            text =>
            {
                Check<Severity>(text);
                Check<ThreatType>(text);
                Check<AlertChannel>(text);
                Check<AlertStatus>(text);
                Check<ResponseAction>(text);
                Check<ResponseOutcome>(text);
            },
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);
    }

    [Fact]
    public void EnumFieldsInJson_AnyToken_AreRefusedByJsonOrValidationUnlessDefined()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        var token = Gen.OneOf<string>(
            Gen.Int.Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.Int[-5, 20].Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.Int[-5, 20].Select(i => JsonSerializer.Serialize(i.ToString(CultureInfo.InvariantCulture))),
            FuzzInputs.Text("abcdefghijklmnopqrstuvwxyz-0123456789").Select(s => JsonSerializer.Serialize(s)));
        Gen.Select(Gen.OneOf("severity", "threatType", "channel"), token).Sample(
            (field, value) =>
            {
                var json = $$"""{"mission":"MINUSCA","threatType":"other","severity":"high","description":"x","placeName":"Bria","{{field}}":{{value}}}""";
                RaiseAlertRequest? request;
                try
                {
                    request = JsonSerializer.Deserialize<RaiseAlertRequest>(json, options);
                }
                catch (JsonException)
                {
                    return;
                }

                var errors = Validation.Check(request!);
                if (!errors.ContainsKey(field))
                {
                    Enum.IsDefined(request!.Severity!.Value).ShouldBeTrue(json);
                    Enum.IsDefined(request.ThreatType!.Value).ShouldBeTrue(json);
                    (request.Channel is null || Enum.IsDefined(request.Channel.Value)).ShouldBeTrue(json);
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1);
    }

    [Fact]
    public void PhoneNumbers_AnyText_NormalizeToDigitsOrNull() =>
        FuzzInputs.Text("+0123456789 ()-.tel:").Sample(
            text =>
            {
                if (PhoneNumbers.Normalize(text) is { } phone)
                {
                    phone.TrimStart('+').ShouldNotBeEmpty(text);
                    phone.TrimStart('+').All(char.IsAsciiDigit).ShouldBeTrue(text);
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);

    [Fact]
    public void LanguageDetector_AnyText_IsAKnownTag() =>
        FuzzInputs.Text("abcdefghijklmnopqrstuvwxyz éèà,.!?'", 80).Sample(
            text => LanguageDetector.Detect(text).ShouldBeOneOf("fr", "en", "sg", "und"),
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);

    [Fact]
    public void PlaceMatcher_AnyText_FindsAKnownPlaceOrNothing()
    {
        SiteRef[] sites = [new(Guid.NewGuid(), "Bangui", 4.3947, 18.5582, 2017), new(Guid.NewGuid(), "Bambari", 5.7616, 20.6717, 2017), new(Guid.NewGuid(), "Bria", 6.539, 21.99, 2017)];
        var localities = Localities.In("CF");
        FuzzInputs.Text("abcdefghijklmnopqrstuvwxyz BANGUIbambariBria-éÉ'", 60).Sample(
            text =>
            {
                if (PlaceMatcher.Locate(text, sites, localities) is { } place)
                {
                    (sites.Any(s => s.Name == place.Name) || localities.Any(l => l.Name == place.Name)).ShouldBeTrue(text);
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);
    }

    [Fact]
    public void PlaceMatcher_LoneSurrogate_IsFoldedNotThrown() => PlaceMatcher.Fold("Bria \ud800").ShouldBe("bria");

    [Fact]
    public void ReceivedDates_AnyText_ParseOrRefuse() =>
        FuzzInputs.Text("0123456789-T:Z+ ./janvierfévrierJanuary", 40).Sample(
            text =>
            {
                try
                {
                    _ = AlertCsv.TryParseReceived(text, out _);
                }
                catch (Exception e)
                {
                    throw new InvalidOperationException(FuzzInputs.Show(text) + ": " + e, e);
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1,
            print: FuzzInputs.Show);

    [Theory]
    [InlineData("0001-01-01T00:00:00+14:00")]
    [InlineData("9999-12-31T23:59:59-14:00")]
    [InlineData("31/12/9999 23:59 -14:00")]
    public void ReceivedDates_OutsideTheRangeOnceOffset_AreRefusedNotThrown(string text) => AlertCsv.TryParseReceived(text, out _).ShouldBeFalse();

    [Fact]
    public void IntakeTextChecks_AnyText_AreCodesNotExceptions() =>
        Gen.Select(FuzzInputs.AnyText, FuzzInputs.Text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789", 12)).Sample(
            (text, language) =>
            {
                foreach (var (_, code) in RaiseAlertValidation.Check(text, text, language, text, text))
                {
                    code.ShouldBeOneOf("required", "too-long", "control-character", "invalid-language");
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1);

    [Fact]
    public void AlertForm_AnyFields_ParseOrReportErrors()
    {
        var text = FuzzInputs.Text("0123456789.,-°'\"NSEWT: ", 24);
        Gen.Select(text, text, text, text, text, text, FuzzInputs.AnyText).Sample(
            (received, lat, lon, people, women, children, free) =>
            {
                var form = new AlertForm
                {
                    ReceivedAt = received, Latitude = lat, Longitude = lon, PeopleAtRisk = people, Women = women, Children = children,
                    Description = free, PlaceName = free, ReporterName = free, ReporterPhone = free,
                };
                var errors = new Bluehelm.Platform.Layout.FormErrors();
                if (form.Parse(new KeyLocalizer(), new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), errors) is null)
                {
                    errors.All.ShouldNotBeEmpty();
                }
            },
            iter: FuzzInputs.Iterations,
            threads: 1);
    }

    private sealed class KeyLocalizer : IStringLocalizer<AlertsText>
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
