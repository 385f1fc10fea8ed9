using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;
using Xunit;

namespace Bluehelm.Testing;

/// <summary>
/// The real Bluehelm host on a real, fresh database: a SQLite file in a temporary folder, or, when
/// <c>BLUEHELM_TEST_POSTGRES</c> holds a connection string, a new PostgreSQL database created for
/// this fixture and dropped after it. The demo mission and users are seeded as on a first run.
/// </summary>
public class BluehelmApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@bluehelm.local";
    public const string AdminPassword = "Admin-Test-Pass-1!";
    public const string DemoPassword = "Demo-Test-Pass-1!";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("bluehelm-test-").FullName;
    private string? _postgresDatabase;

    public string DataDirectory => _dataDirectory;

    public static string? PostgresServer => Environment.GetEnvironmentVariable("BLUEHELM_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public string Provider => PostgresServer is null ? "sqlite" : "postgres";

    /// <summary>Connection string of this fixture's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>The settings the host runs with; the CLI in tests is given the same.</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.Ordinal);

    public virtual async ValueTask InitializeAsync()
    {
        if (PostgresServer is { } server)
        {
            (_postgresDatabase, ConnectionString) = await PostgresTestDatabase.CreateAsync(server);
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(_dataDirectory, "bluehelm.db")};Pooling=True;Default Timeout=30";
        }

        Settings["Bluehelm:DataDirectory"] = _dataDirectory;
        Settings["Bluehelm:Database:Provider"] = Provider;
        Settings["Bluehelm:Database:ConnectionString"] = ConnectionString;
        Settings["Bluehelm:SeedDemo"] = "true";
        Settings["Bluehelm:OpenBrowser"] = "false";
        Settings["BLUEHELM_ADMIN_EMAIL"] = AdminEmail;
        Settings["BLUEHELM_ADMIN_PASSWORD"] = AdminPassword;
        Settings["BLUEHELM_DEMO_PASSWORD"] = DemoPassword;

        Start();
    }

    /// <summary>Starts the host now, so tests begin with a migrated and seeded database.</summary>
    protected virtual void Start() => _ = Services;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Serve the framework's and the library's static files from the build output, as `dotnet run` does.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client signed in through the API with a bearer token.</summary>
    public async Task<HttpClient> ClientFor(string email, string? password = null)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = password ?? PasswordOf(email) });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", json.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public static string PasswordOf(string email) => email == AdminEmail ? AdminPassword : DemoPassword;

    /// <summary>A client signed in through the sign-in page (cookie), as a browser would be.</summary>
    public async Task<HttpClient> PageClientFor(string email)
    {
        var client = CreateClient();
        var form = await client.GetStringAsync("/account/login");
        var response = await client.PostAsync("/account/login", SignInForm.From(form, email, PasswordOf(email)));
        response.EnsureSuccessStatusCode();
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_postgresDatabase is not null && PostgresServer is { } server)
        {
            await PostgresTestDatabase.DropAsync(server, _postgresDatabase);
        }

        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection: the OS temp cleaner takes it later.
        }

        GC.SuppressFinalize(this);
    }
}
