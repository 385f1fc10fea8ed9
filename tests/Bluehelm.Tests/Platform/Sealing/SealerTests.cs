using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Sealing;
using Microsoft.Extensions.Options;

namespace Bluehelm.Tests.Platform.Sealing;

/// <summary>The sealer on a real key folder: values sealed per purpose, keyed lookups, rotation of both kinds of key.</summary>
public sealed class SealerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("bluehelm-sealer-").FullName, "sealing-keys");
    private readonly List<Sealer> _sealers = [];

    private Sealer NewSealer()
    {
        var sealer = new Sealer(Options.Create(new SealingOptions { KeyDirectory = _folder }), Options.Create(new BluehelmOptions()));
        _sealers.Add(sealer);
        return sealer;
    }

    [Fact]
    public void Seal_Value_IsMarkedAndUnsealsForItsPurposeOnly()
    {
        var sealer = NewSealer();

        var sealedValue = sealer.Seal("Awa Ngaïkoumon", "alerts.reporter-name");

        sealedValue.ShouldNotBeNull().ShouldStartWith(Sealer.Prefix);
        sealedValue.ShouldNotContain("Awa");
        Sealer.IsSealed(sealedValue).ShouldBeTrue();
        sealer.Unseal(sealedValue, "alerts.reporter-name").ShouldBe("Awa Ngaïkoumon");
        var wrongPurpose = Should.Throw<SealedValueException>(() => sealer.Unseal(sealedValue, "conduct.victim"));
        wrongPurpose.Message.ShouldNotContain("Awa");
    }

    [Fact]
    public void Seal_SameValueTwice_GivesDifferentCiphertexts()
    {
        var sealer = NewSealer();

        sealer.Seal("+23672001234", "alerts.reporter-phone").ShouldNotBe(sealer.Seal("+23672001234", "alerts.reporter-phone"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Seal_NullOrEmpty_StaysNull(string? value)
    {
        var sealer = NewSealer();

        sealer.Seal(value, "alerts.reporter-name").ShouldBeNull();
        sealer.Lookup(value, "alerts.reporter-phone").ShouldBeNull();
        sealer.Unseal(null, "alerts.reporter-name").ShouldBeNull();
    }

    [Fact]
    public void Unseal_ClearOrAlteredValue_ThrowsWithoutTheValue()
    {
        var sealer = NewSealer();
        var sealedValue = sealer.Seal("Marie-Claire Yakité", "alerts.reporter-name")!;
        var altered = sealedValue[..^4] + (sealedValue[^4] == 'A' ? "B" : "A") + sealedValue[^3..];

        Should.Throw<SealedValueException>(() => sealer.Unseal("Marie-Claire Yakité", "alerts.reporter-name")).Message.ShouldNotContain("Yakité");
        Should.Throw<SealedValueException>(() => sealer.Unseal(altered, "alerts.reporter-name")).Message.ShouldNotContain("Yakité");
    }

    [Fact]
    public void Lookup_SameValue_SameHashPerPurposeDifferentAcrossPurposes()
    {
        var sealer = NewSealer();

        var hash = sealer.Lookup("+23672001234", "alerts.reporter-phone").ShouldNotBeNull();

        hash.ShouldStartWith("h0001:");
        hash.ShouldNotContain("72001234");
        NewSealer().Lookup("+23672001234", "alerts.reporter-phone").ShouldBe(hash);
        sealer.Lookup("+23672001234", "conduct.screening").ShouldNotBe(hash);
        sealer.Lookup("+23672001235", "alerts.reporter-phone").ShouldNotBe(hash);
        sealer.MatchesLookup(hash, "+23672001234", "alerts.reporter-phone").ShouldBeTrue();
        sealer.MatchesLookup(hash, "+23672001235", "alerts.reporter-phone").ShouldBeFalse();
    }

    [Fact]
    public void New_BeforeFirstUse_CreatesNothing()
    {
        var sealer = NewSealer();

        Directory.Exists(_folder).ShouldBeFalse();
        sealer.KeyFilesPresent().ShouldBe((0, 0));

        sealer.Seal("x", "alerts.reporter-name");

        sealer.KeyFilesPresent().ShouldBe((1, 1));
    }

    [Fact]
    public void Rotate_OldValues_StillUnsealAndMatchWhileNewOnesUseTheNewKeys()
    {
        var sealer = NewSealer();
        var oldSealed = sealer.Seal("Jean-Baptiste Kossi", "alerts.reporter-name")!;
        var oldHash = sealer.Lookup("+23675550123", "alerts.reporter-phone")!;
        var oldKey = Sealer.KeyIdOf(oldSealed);

        var (lookupKey, dataProtectionKey) = sealer.Rotate();

        lookupKey.ShouldBe(2);
        var newSealed = sealer.Seal("Jean-Baptiste Kossi", "alerts.reporter-name")!;
        Sealer.KeyIdOf(newSealed).ShouldBe(dataProtectionKey);
        dataProtectionKey.ShouldNotBe(oldKey!.Value);
        sealer.Unseal(oldSealed, "alerts.reporter-name").ShouldBe("Jean-Baptiste Kossi");
        sealer.Lookup("+23675550123", "alerts.reporter-phone").ShouldNotBeNull().ShouldStartWith("h0002:");
        sealer.LookupCandidates("+23675550123", "alerts.reporter-phone").ShouldContain(oldHash);
        sealer.LookupCandidates("+23675550123", "alerts.reporter-phone")[0].ShouldStartWith("h0002:");

        // After a restart (a new process on the same folder) everything still reads and matches.
        var restarted = NewSealer();
        restarted.Unseal(oldSealed, "alerts.reporter-name").ShouldBe("Jean-Baptiste Kossi");
        restarted.Unseal(newSealed, "alerts.reporter-name").ShouldBe("Jean-Baptiste Kossi");
        restarted.LookupCandidates("+23675550123", "alerts.reporter-phone").ShouldContain(oldHash);
        restarted.DataProtectionKeys().Count.ShouldBe(2);
    }

    [Fact]
    public void Rotate_ByAnotherProcess_IsSeenWithoutARestart()
    {
        var server = NewSealer();
        var before = server.Seal("Odette Mbaïkoua", "alerts.reporter-name")!;
        server.Lookup("+23675550456", "alerts.reporter-phone").ShouldNotBeNull().ShouldStartWith("h0001:");

        var (_, key) = NewSealer().Rotate();

        server.Lookup("+23675550456", "alerts.reporter-phone").ShouldNotBeNull().ShouldStartWith("h0002:");
        Sealer.KeyIdOf(server.Seal("Odette Mbaïkoua", "alerts.reporter-name")).ShouldBe(key);
        server.Unseal(before, "alerts.reporter-name").ShouldBe("Odette Mbaïkoua");
    }

    public void Dispose()
    {
        foreach (var sealer in _sealers)
        {
            sealer.Dispose();
        }

        Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
    }
}
