using Bluehelm.Modules.Conduct.Intake;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Sealing;
using Microsoft.Extensions.Options;

namespace Bluehelm.Tests.Conduct;

/// <summary>The screening keys: the same person typed differently gives the same key; another person, date or id does not.</summary>
public sealed class ScreeningKeysTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bluehelm-screening-").FullName;

    [Theory]
    [InlineData("Jean-Éric N'Dongo", "jean eric ndongo")]
    [InlineData("  JEAN   ERIC  N'DONGO ", "jean eric ndongo")]
    [InlineData("Jean_Eric.N’Dongo", "jean eric ndongo")]
    [InlineData("Ngozi Okonjo-Iweala", "ngozi okonjo iweala")]
    [InlineData("Zoë Saldaña", "zoe saldana")]
    public void NormalizeName_CaseAccentsPunctuationAndSpacing_Folded(string typed, string expected) =>
        ScreeningKeys.NormalizeName(typed).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("-- ..")]
    public void NormalizeName_NothingToKeep_Null(string? typed) => ScreeningKeys.NormalizeName(typed).ShouldBeNull();

    [Fact]
    public void NormalizeName_WordOrder_Kept() =>
        ScreeningKeys.NormalizeName("Diallo Moussa").ShouldNotBe(ScreeningKeys.NormalizeName("Moussa Diallo"));

    [Fact]
    public void NameKey_DateOfBirth_PartOfTheKey()
    {
        ScreeningKeys.NameKey("Moussa Diallo", new DateOnly(1980, 2, 3)).ShouldBe("moussa diallo|1980-02-03");
        ScreeningKeys.NameKey("Moussa Diallo", new DateOnly(1980, 2, 4)).ShouldNotBe(ScreeningKeys.NameKey("Moussa Diallo", new DateOnly(1980, 2, 3)));
        ScreeningKeys.NameKey("", new DateOnly(1980, 2, 3)).ShouldBeNull();
    }

    [Theory]
    [InlineData("sn", "sn-1234 567", "SN|SN1234567")]
    [InlineData("SN", "SN1234567", "SN|SN1234567")]
    [InlineData(null, "ab 12", "|AB12")]
    public void NationalIdKey_SeparatorsAndCase_Ignored(string? nationality, string id, string expected) =>
        ScreeningKeys.NationalIdKey(nationality, id).ShouldBe(expected);

    [Fact]
    public void NationalIdKey_SameNumberOtherCountry_Differs() =>
        ScreeningKeys.NationalIdKey("SN", "123").ShouldNotBe(ScreeningKeys.NationalIdKey("ML", "123"));

    [Fact]
    public void For_SamePersonTypedTwoWays_SameLookupsFoundAmongTheCandidates()
    {
        var sealer = Sealer();
        var stored = ScreeningKeys.For(sealer, "Jean-Éric N'Dongo", new DateOnly(1988, 4, 12), "SN", "SN-1234 567");
        var typed = ScreeningKeys.For(sealer, "jean eric ndongo", new DateOnly(1988, 4, 12), "sn", "sn1234567");

        typed.ShouldBe(stored);
        stored.Name.ShouldNotBeNull().ShouldNotContain("ndongo");
        sealer.LookupCandidates(ScreeningKeys.NameKey("JEAN ERIC NDONGO", new DateOnly(1988, 4, 12))!, ScreeningKeys.NamePurpose).ShouldContain(stored.Name);
        ScreeningKeys.For(sealer, "Jean-Éric N'Dongo", new DateOnly(1988, 4, 13), null, null).Name.ShouldNotBe(stored.Name);
        // The two purposes never give the same hash for the same text.
        sealer.Lookup("x", ScreeningKeys.NamePurpose).ShouldNotBe(sealer.Lookup("x", ScreeningKeys.NationalIdPurpose));
    }

    [Fact]
    public void For_AfterTheLookupKeyRotates_OldLookupStillAmongTheCandidates()
    {
        var sealer = Sealer();
        var before = ScreeningKeys.For(sealer, "Awa Traoré", new DateOnly(1990, 1, 1), null, null).Name!;

        sealer.RotateLookupKey();

        ScreeningKeys.For(sealer, "Awa Traoré", new DateOnly(1990, 1, 1), null, null).Name.ShouldNotBe(before);
        sealer.LookupCandidates(ScreeningKeys.NameKey("awa traore", new DateOnly(1990, 1, 1))!, ScreeningKeys.NamePurpose).ShouldContain(before);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Sealer Sealer() => new(Options.Create(new SealingOptions()), Options.Create(new BluehelmOptions { DataDirectory = _folder }));
}
