using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Bluehelm.IntegrationTests.Conduct.Cases;

/// <summary>One host for the Conduct case tests: a fixed clock (Thursday 26 November 2026), the demo cases seeded, every log line captured.</summary>
public sealed class ConductApp : BluehelmApp
{
    public const string Officer = "conduct.minusca@demo.bluehelm.local";
    public const string Advocate = "vra.minusca@demo.bluehelm.local";
    public const string Delegation = "delegation.sn@demo.bluehelm.local";
    public const string Joc = "joc.minusca@demo.bluehelm.local";

    public static readonly DateOnly Today = new(2026, 11, 26);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    public ConcurrentQueue<string> Logs { get; } = new();

    public override async ValueTask InitializeAsync()
    {
        // The matrix posts to the public report forms once per role: not the rate limit under test here.
        Settings["Bluehelm:PublicForms:ReportPermits"] = "1000";
        Settings["Bluehelm:PublicForms:StatusPermits"] = "1000";
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddProvider(new CaptureLogs(Logs));
        });
    }

    public static string Day(int daysFromToday) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A case body with a sealed victim, subject, reporter and narrative of the given names.</summary>
    public static object NewCase(string victim, string subject, string reporter, string narrative, string nationality = "SN") => new
    {
        mission = "MINUSCA",
        reportedOn = Day(-1),
        incidentFrom = "2014-01-01",
        incidentFromPrecision = "year",
        incidentTo = "2016-01-01",
        incidentToPrecision = "year",
        howReported = "in-person",
        urgent = false,
        allegations = new[] { new { category = "sexual-exploitation", type = "transactional-sex" } },
        subjects = new[] { new { count = 1, category = "military-contingent", nationality, unit = "Test battalion", name = subject, dateOfBirth = "1988-02-03", nationalId = "ID-4477" } },
        victims = new[] { new { count = 1, ageGroup = "adult", sex = "female", name = victim, contact = "+236 70 12 34 56", whereabouts = "Bambari" } },
        paternityClaimed = true,
        narrative,
        reporterName = reporter,
        reporterContact = "reporter@example.org",
    };

}

[CollectionDefinition(Name)]
public sealed class ConductCollection : ICollectionFixture<ConductApp>
{
    public const string Name = "conduct-cases";
}
