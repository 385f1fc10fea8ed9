using System.Text.RegularExpressions;
using Bluehelm.IntegrationTests.Alerts;
using Bluehelm.Modules.Alerts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Hosting;
using Bluehelm.Platform.Sealing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bluehelm.IntegrationTests.Platform.Sealing;

/// <summary>
/// The sealing keys on the running host: <c>bluehelm sealing rotate</c> leaves old values readable and
/// matchable while new ones take the new keys, and a host started without the keys the database was
/// sealed with stops at once, naming the folder, instead of making new keys.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed partial class SealingKeysTests(AlertsApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex(@"lookup-(\d{4})\.key and Data Protection key ([0-9a-f-]{36})")]
    private static partial Regex RotatedKeys();

    [Fact]
    public async Task Rotate_Cli_OldReportersStillReadAndMatchWhileNewOnesUseTheNewKeys()
    {
        var run = Guid.NewGuid().ToString("N")[..10];
        var joc = await app.ClientFor(AlertsApp.Joc);
        var before = await RaiseAsync(joc, $"before rotation {run}", "Prosper Avant-Rotation", "+236 70 51 51 01");
        var (oldName, oldLookup) = await StoredAsync(before);

        var rotate = await app.Cli("sealing", "rotate");

        rotate.Exit.ShouldBe(0, rotate.Err);
        var keys = RotatedKeys().Match(rotate.Out);
        keys.Success.ShouldBeTrue(rotate.Out);
        var lookupNumber = int.Parse(keys.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var dataProtectionKey = Guid.Parse(keys.Groups[2].Value);
        Sealer.LookupNumberOf(oldLookup).ShouldBeLessThan(lookupNumber);
        Sealer.KeyIdOf(oldName).ShouldNotBe(dataProtectionKey);

        // The running host takes the new keys at once, without a restart.
        var after = await RaiseAsync(joc, $"after rotation {run}", "Prudence Après-Rotation", "+236 70 51 51 02");
        var (newName, newLookup) = await StoredAsync(after);
        Sealer.KeyIdOf(newName).ShouldBe(dataProtectionKey);
        Sealer.LookupNumberOf(newLookup).ShouldBe(lookupNumber);

        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{before}", Ct)).GetProperty("reporter").GetProperty("name").GetString().ShouldBe("Prosper Avant-Rotation");
        (await joc.GetFromJsonAsync<JsonElement>($"/api/v1/alerts/{after}", Ct)).GetProperty("reporter").GetProperty("name").GetString().ShouldBe("Prudence Après-Rotation");
        var reply = await SmsAsync("+23670515101", $"reply after rotation {run}");
        reply.StatusCode.ShouldBe(HttpStatusCode.OK, await reply.Content.ReadAsStringAsync(Ct));
        var accepted = await reply.Content.ReadFromJsonAsync<JsonElement>(Ct);
        accepted.GetProperty("reply").GetBoolean().ShouldBeTrue();
        accepted.GetProperty("alertId").GetGuid().ShouldBe(before);
    }

    [Fact]
    public void Start_NoCertificate_WarnsThatTheSealingKeysAreNotEncrypted()
    {
        var folder = app.Services.GetRequiredService<Sealer>().Folder;

        app.Logs.Count(l => l.Contains("sealing keys", StringComparison.Ordinal) && l.Contains("kept without encryption in " + folder, StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Start_KeyFolderMissing_FailsNamingTheFolderAndMakesNoKey()
    {
        await RaiseAsync(await app.ClientFor(AlertsApp.Joc), "sealed before the keys went missing", "Fulbert Sans-Clés", "+236 70 52 52 01");
        var missing = Path.Combine(app.DataDirectory, "restored-elsewhere-" + Guid.NewGuid().ToString("N")[..8]);

        var failure = StartWithKeysIn(missing);

        failure.Message.ShouldContain(missing);
        failure.Message.ShouldContain("missing or empty");
        failure.Message.ShouldNotContain("Fulbert");
        (Directory.Exists(missing) ? Directory.GetFiles(missing) : []).ShouldBeEmpty();
    }

    [Fact]
    public async Task Start_KeyFolderOfOtherKeys_FailsNamingTheFolder()
    {
        await RaiseAsync(await app.ClientFor(AlertsApp.Joc), "sealed with this host's keys", "Gervais Autre-Dossier", "+236 70 53 53 01");
        var other = Path.Combine(app.DataDirectory, "other-keys-" + Guid.NewGuid().ToString("N")[..8]);
        using (var stranger = new Sealer(Options.Create(new SealingOptions { KeyDirectory = other }), Options.Create(new BluehelmOptions())))
        {
            stranger.Seal("another installation", ReporterSeal.NamePurpose);
            stranger.Lookup("+1", ReporterSeal.PhonePurpose);
        }

        var failure = StartWithKeysIn(other);

        failure.Message.ShouldContain(other);
        failure.Message.ShouldContain("does not hold the key");
    }

    /// <summary>Starts a second host on the same database with another sealing folder; returns why it failed.</summary>
    private SealingKeysException StartWithKeysIn(string folder)
    {
        using var host = app.WithWebHostBuilder(b => b.UseSetting(SealingOptions.Section + ":KeyDirectory", folder));
        var thrown = Should.Throw<Exception>(() => _ = host.Services);
        for (Exception? e = thrown; e is not null; e = e.InnerException)
        {
            if (e is SealingKeysException keys)
            {
                return keys;
            }
        }

        throw new ShouldAssertException("the host failed, but not for its keys: " + thrown);
    }

    private async Task<Guid> RaiseAsync(HttpClient joc, string description, string name, string phone)
    {
        var body = AlertsApp.Body(description);
        body["reporter"] = new Dictionary<string, object?> { ["name"] = name, ["phone"] = phone };
        return await app.Raise(joc, body);
    }

    private async Task<(string Name, string Lookup)> StoredAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<BluehelmDbContext>().Set<Alert>().AsNoTracking()
            .Where(a => a.Id == id).Select(a => new { a.SealedReporterName, a.ReporterPhoneLookup }).SingleAsync(Ct);
        return (row.SealedReporterName.ShouldNotBeNull(), row.ReporterPhoneLookup.ShouldNotBeNull());
    }

    private async Task<HttpResponseMessage> SmsAsync(string from, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/alerts/sms")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["from"] = from, ["text"] = text }),
        };
        request.Headers.Authorization = new("Bearer", app.GatewaySecret);
        return await app.CreateClient().SendAsync(request, Ct);
    }
}
