using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Bluehelm.Bench;

/// <summary>Small helpers to run tools and find ports.</summary>
internal static class Shell
{
    public static async Task<string> RunAsync(string file, IEnumerable<string> args, string? workingDirectory = null, bool check = true)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (check && p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)} exited with {p.ExitCode.ToString(CultureInfo.InvariantCulture)}:\n{output}");
        }

        return output;
    }

    public static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>CPU time (user + system) of a process from /proc, in seconds.</summary>
    public static double CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // fields[0] is field 3 (state): utime is field 14, stime field 15.
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return ticks / 100.0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Busy CPU seconds of the whole machine (all processes, from /proc/stat).</summary>
    public static double MachineBusySeconds()
    {
        var f = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal
        long V(int i) => long.Parse(f[i], CultureInfo.InvariantCulture);
        return (V(1) + V(2) + V(3) + V(6) + V(7) + V(8)) / 100.0;
    }

    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Trim();

    /// <summary>CPU seconds of every process whose command starts with <paramref name="exe"/> (the PostgreSQL backends).</summary>
    public static double CpuSecondsOfAll(string exe)
    {
        double total = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline"));
                if (cmd.StartsWith(exe, StringComparison.Ordinal) || cmd.StartsWith("postgres:", StringComparison.Ordinal))
                {
                    total += CpuSeconds(pid);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return total;
    }
}

/// <summary>The real Bluehelm web host, started as its own process.</summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private ServerProcess(Process process, StreamWriter log, Uri baseAddress)
    {
        _process = process;
        _log = log;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public static async Task<ServerProcess> StartAsync(string repoRoot, string dataDirectory, string provider, string? connectionString, string adminPassword, string demoPassword)
    {
        var dll = Path.Combine(repoRoot, "artifacts/bin/Bluehelm.Web/release/Bluehelm.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Build the server first: dotnet build src/Bluehelm.Web -c Release", dll);
        }

        var port = Shell.FreePort();
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        psi.ArgumentList.Add(dll);
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add(url.ToString().TrimEnd('/'));
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        psi.Environment["Logging__LogLevel__Default"] = "Warning";
        psi.Environment["Bluehelm__DataDirectory"] = dataDirectory;
        psi.Environment["Bluehelm__Database__Provider"] = provider;
        if (connectionString is not null)
        {
            psi.Environment["Bluehelm__Database__ConnectionString"] = connectionString;
        }

        psi.Environment["BLUEHELM_ADMIN_PASSWORD"] = adminPassword;
        psi.Environment["BLUEHELM_DEMO_PASSWORD"] = demoPassword;
        // The load signs in as the demo JOC officer; Production seeds the demo only when asked.
        psi.Environment["Bluehelm__SeedDemo"] = "true";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start the server");
        var log = new StreamWriter(Path.Combine(dataDirectory, "server.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, log, url);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(180))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the server exited with {process.ExitCode.ToString(CultureInfo.InvariantCulture)}; see {dataDirectory}/server.log");
            }

            try
            {
                using var r = await http.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (r.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"the server was not ready after 180 s; see {dataDirectory}/server.log");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}

/// <summary>
/// A throwaway PostgreSQL cluster on 127.0.0.1, like test.sh starts, but durable:
/// fsync=on, synchronous_commit=on, full_page_writes=on.
/// </summary>
internal sealed class PostgresCluster : IAsyncDisposable
{
    private PostgresCluster(string bin, string dir, int port, string version)
    {
        Bin = bin;
        Directory = dir;
        Port = port;
        Version = version;
    }

    public string Bin { get; }

    public string Directory { get; }

    public int Port { get; }

    public string Version { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Maximum Pool Size=200";

    public const string Settings = "fsync=on, synchronous_commit=on, full_page_writes=on, wal_sync_method=fdatasync (default), max_connections=300, other settings default";

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = System.IO.Directory.EnumerateDirectories("/usr/lib/postgresql")
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .FirstOrDefault() ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)");

        // Under /tmp: the postgres user must be able to reach it.
        var dir = Path.Combine("/tmp", "bluehelm-bench-pg-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(dir, "data"));
        if (Shell.IsRoot)
        {
            await Shell.RunAsync("chmod", ["755", dir]);
            await Shell.RunAsync("chown", ["-R", "postgres:", dir]);
        }

        await AsPostgres(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C"]);
        var port = Shell.FreePort();
        await AsPostgres(Path.Combine(bin, "pg_ctl"),
        [
            "-D", Path.Combine(dir, "data"), "-w", "-t", "60", "-l", Path.Combine(dir, "server.log"),
            "-o", $"-h 127.0.0.1 -p {port.ToString(CultureInfo.InvariantCulture)} -k {dir} -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=300",
            "start",
        ]);
        var version = (await Shell.RunAsync(Path.Combine(bin, "postgres"), ["--version"])).Trim();
        return new PostgresCluster(bin, dir, port, version);
    }

    private static Task<string> AsPostgres(string file, IEnumerable<string> args) =>
        Shell.IsRoot ? Shell.RunAsync("runuser", ["-u", "postgres", "--", file, .. args], "/tmp") : Shell.RunAsync(file, args, "/tmp");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await AsPostgres(Path.Combine(Bin, "pg_ctl"), ["-D", Path.Combine(Directory, "data"), "-m", "fast", "stop"]);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
        }

        System.IO.Directory.Delete(Directory, recursive: true);
    }
}
