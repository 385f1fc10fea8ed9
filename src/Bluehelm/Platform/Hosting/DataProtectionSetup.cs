using System.Security.Cryptography.X509Certificates;
using Bluehelm.Platform.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bluehelm.Platform.Hosting;

/// <summary>
/// The key ring behind sign-in cookies, bearer tokens and account tokens. On PostgreSQL it is kept in
/// the database (table <c>platform_data_protection_keys</c>), so every web server behind a load
/// balancer shares it; on SQLite (one server by nature) in the owner-only <c>keys</c> folder next to the
/// database, as before. Encrypted at rest with the X.509 certificate of
/// <c>Bluehelm:DataProtection:Certificate</c> (a PFX file) and <c>:CertificatePassword</c> when given.
/// </summary>
internal static partial class DataProtectionSetup
{
    public const string CertificateSetting = "Bluehelm:DataProtection:Certificate";
    public const string CertificatePasswordSetting = "Bluehelm:DataProtection:CertificatePassword";

    public static IServiceCollection AddBluehelmDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var builder = services.AddDataProtection().SetApplicationName("Bluehelm");
        if (configuration[CertificateSetting] is { Length: > 0 } path)
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting]);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"{CertificateSetting} ({path}) has no private key: the key ring could not be read back.");
            }

            builder.ProtectKeysWithCertificate(certificate);
        }

        services.AddOptions<KeyManagementOptions>().Configure<IOptions<BluehelmOptions>, ILoggerFactory, IServiceProvider>((keys, settings, logs, sp) =>
            keys.XmlRepository = UsesDatabase(settings.Value)
                ? new EntityFrameworkCoreXmlRepository<BluehelmDbContext>(sp, logs)
                : new FileSystemXmlRepository(KeysFolder(settings.Value), logs));
        return services;
    }

    /// <summary>Where the key ring is, in words for the startup warning and banner.</summary>
    public static string KeyRingPlace(BluehelmOptions settings) =>
        UsesDatabase(settings) ? "the database table platform_data_protection_keys" : Path.Combine(settings.ResolveDataDirectory(), "keys");

    /// <summary>The warning to show when the key ring is stored unencrypted, or null.</summary>
    public static string? UnprotectedWarning(IConfiguration configuration, BluehelmOptions settings) =>
        configuration[CertificateSetting] is { Length: > 0 }
            ? null
            : $"The Data Protection key ring (it signs sign-in cookies and tokens) is stored unencrypted in {KeyRingPlace(settings)}; " +
              $"set {CertificateSetting.Replace(":", "__", StringComparison.Ordinal)} (a PFX file) and {CertificatePasswordSetting.Replace(":", "__", StringComparison.Ordinal)} to encrypt it at rest.";

    /// <summary>Logs <see cref="UnprotectedWarning"/> once, at startup of the web host, and returns it for the banner.</summary>
    public static string? WarnIfUnprotected(IServiceProvider services)
    {
        var warning = UnprotectedWarning(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IOptions<BluehelmOptions>>().Value);
        if (warning is not null)
        {
            LogUnprotected(services.GetRequiredService<ILoggerFactory>().CreateLogger("Bluehelm.DataProtection"), warning);
        }

        return warning;
    }

    private static bool UsesDatabase(BluehelmOptions settings) => !string.Equals(settings.Database.Provider, DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase);

    private static DirectoryInfo KeysFolder(BluehelmOptions settings)
    {
        var folder = Path.Combine(settings.ResolveDataDirectory(), "keys");
        DataFolder.EnsurePrivate(settings.ResolveDataDirectory());
        DataFolder.EnsurePrivate(folder);
        return new DirectoryInfo(folder);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Warning}")]
    private static partial void LogUnprotected(ILogger logger, string warning);
}
