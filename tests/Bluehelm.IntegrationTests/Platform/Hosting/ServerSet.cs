using System.Net.Http.Headers;

namespace Bluehelm.IntegrationTests.Platform.Hosting;

/// <summary>
/// Real Bluehelm web servers (<see cref="ServerProcess"/>) on one fresh database: a SQLite file in a
/// temporary data folder, or a new PostgreSQL database when <c>BLUEHELM_TEST_POSTGRES</c> is set.
/// </summary>
public sealed class ServerSet : IAsyncDisposable
{
    public const string AdminEmail = "admin@bluehelm.local";
    public const string AdminPassword = "Admin-Hosting-Pass-1!";
    public const string DemoPassword = "Demo-Hosting-Pass-1!";
    public const string JocEmail = "joc.minusca@demo.bluehelm.local";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);
    private readonly List<ServerProcess> _servers = [];
    private string? _postgresDatabase;

    private ServerSet(string root)
    {
        Root = root;
        DataDirectory = Path.Combine(root, "data");
    }

    /// <summary>A temporary folder; the data folder inside it does not exist until a server makes it.</summary>
    public string Root { get; }

    public string DataDirectory { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public bool OnPostgres => _postgresDatabase is not null;

    /// <param name="environmentName">ASPNETCORE_ENVIRONMENT of the servers.</param>
    /// <param name="sqlite">SQLite even when the test run is on PostgreSQL.</param>
    public static async Task<ServerSet> CreateAsync(string environmentName, bool sqlite = false)
    {
        var set = new ServerSet(Directory.CreateTempSubdirectory("bluehelm-hosting-").FullName);
        var provider = "sqlite";
        if (!sqlite && BluehelmApp.PostgresServer is { } server)
        {
            provider = "postgres";
            (set._postgresDatabase, var connectionString) = await PostgresTestDatabase.CreateAsync(server);
            set.Environment["Bluehelm__Database__ConnectionString"] = connectionString;
        }

        set.Environment["Bluehelm__Database__Provider"] = provider;
        set.Environment["Bluehelm__DataDirectory"] = set.DataDirectory;
        set.Environment["Bluehelm__OpenBrowser"] = "false";
        set.Environment["BLUEHELM_ADMIN_EMAIL"] = AdminEmail;
        set.Environment["BLUEHELM_ADMIN_PASSWORD"] = AdminPassword;
        set.Environment["BLUEHELM_DEMO_PASSWORD"] = DemoPassword;
        set.Environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        set.Environment["Logging__LogLevel__Default"] = "Warning";
        return set;
    }

    public async Task<ServerProcess> StartAsync(CancellationToken ct, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var environment = new Dictionary<string, string?>(Environment, StringComparer.Ordinal);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }

        var server = await ServerProcess.StartAsync(environment, ReadyTimeout, ct);
        _servers.Add(server);
        return server;
    }

    /// <summary>Signs in through the API; the response, so a test can see a refusal.</summary>
    public static async Task<HttpResponseMessage> LoginAsync(ServerProcess server, string email, string password, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        return await client.PostAsJsonAsync(new Uri("api/v1/auth/login", UriKind.Relative), new { email, password }, ct);
    }

    /// <summary>The bearer token of a sign-in through the API.</summary>
    public static async Task<string> TokenAsync(ServerProcess server, string email, string password, CancellationToken ct)
    {
        using var response = await LoginAsync(server, email, password, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public static HttpClient BearerClient(ServerProcess server, string token)
    {
        var client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public ValueTask DisposeAsync() => TearDownAsync(_servers, _postgresDatabase, Root);

    /// <summary>Stops the servers, drops their PostgreSQL database (if any) and deletes their data folder.</summary>
    internal static async ValueTask TearDownAsync(IEnumerable<ServerProcess> servers, string? postgresDatabase, string dataDirectory)
    {
        foreach (var server in servers)
        {
            server.Dispose();
        }

        if (postgresDatabase is not null && BluehelmApp.PostgresServer is { } postgres)
        {
            await PostgresTestDatabase.DropAsync(postgres, postgresDatabase);
        }

        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
