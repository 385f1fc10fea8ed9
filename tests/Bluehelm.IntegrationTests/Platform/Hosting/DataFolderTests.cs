using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// The data folder (database, key ring) is readable by the account Bluehelm runs as only, whatever
/// the umask; the key ring is encrypted with the configured certificate, or a warning says it is not.
/// SQLite only (on PostgreSQL the database and key ring are not in the folder): skipped by return elsewhere.
/// </summary>
public sealed class DataFolderTests
{
    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task FirstRun_DataFolderDatabaseAndKeys_AreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Production", sqlite: true);
        var server = await set.StartAsync(ct);
        _ = await ServerSet.TokenAsync(server, ServerSet.AdminEmail, ServerSet.AdminPassword, ct);

        File.GetUnixFileMode(set.DataDirectory).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var database = Path.Combine(set.DataDirectory, "bluehelm.db");
        File.Exists(database).ShouldBeTrue();
        foreach (var file in (string[])[database, database + "-wal", database + "-shm", database + "-journal"])
        {
            if (File.Exists(file))
            {
                (File.GetUnixFileMode(file) & GroupOrOther).ShouldBe((UnixFileMode)0, file);
            }
        }

        var keys = Path.Combine(set.DataDirectory, "keys");
        File.GetUnixFileMode(keys).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.GetFiles(keys, "*.xml").ShouldNotBeEmpty();

        // Unencrypted key ring: said once in the log and once in the banner.
        var warnings = server.Output.Split('\n').Count(l => l.Contains("stored unencrypted", StringComparison.Ordinal));
        warnings.ShouldBe(2, server.Output);
    }

    [Fact]
    public async Task KeyRing_CertificateConfigured_IsEncryptedAtRestAndReadAfterRestart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var set = await ServerSet.CreateAsync("Production", sqlite: true);
        var pfx = Path.Combine(set.Root, "keyring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Bluehelm key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var selfSigned = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
            await File.WriteAllBytesAsync(pfx, selfSigned.Export(X509ContentType.Pfx, "pfx-Pass-1!"), ct);
        }

        var certificate = new Dictionary<string, string?>
        {
            ["Bluehelm__DataProtection__Certificate"] = pfx,
            ["Bluehelm__DataProtection__CertificatePassword"] = "pfx-Pass-1!",
        };
        var first = await set.StartAsync(ct, certificate);
        var token = await ServerSet.TokenAsync(first, ServerSet.AdminEmail, ServerSet.AdminPassword, ct);

        var key = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(set.DataDirectory, "keys"), "*.xml").Single(), ct);
        key.ShouldContain("EncryptedData");
        key.ShouldNotContain("<masterKey");
        first.Output.ShouldNotContain("stored unencrypted");

        await first.KillAsync(ct);
        var second = await set.StartAsync(ct, certificate);
        using var client = ServerSet.BearerClient(second, token);
        using var response = await client.GetAsync(new Uri("api/v1/audit", UriKind.Relative), ct);
        response.StatusCode.ShouldNotBe(HttpStatusCode.Unauthorized, "the token of the first run must be read with the decrypted key");
    }
}
