using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace Bluehelm.Testing;

/// <summary>
/// The real Bluehelm web host (<c>Bluehelm.Web.dll</c> from the test's output folder) run as a
/// separate operating-system process on a free loopback port, so a test can kill it outright
/// (SIGKILL, no shutdown hooks) and start it again on the same data.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Operating-system id of the server process.</summary>
    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Exit code once exited; on Linux a process killed by signal N reports 128 + N (SIGKILL: 137).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the server wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>dotnet Bluehelm.Web.dll --urls http://127.0.0.1:PORT</c> with the given environment
    /// (in addition to a cleaned copy of this process's own) and waits until
    /// <c>/health/ready</c> answers 200; on timeout or early exit it throws with the server's output.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> environment, TimeSpan readyTimeout, CancellationToken ct)
    {
        // The free port is only free until someone else takes it: on that rare race, try another one.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(environment, readyTimeout, ct);
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    private static async Task<ServerProcess> StartOnceAsync(IReadOnlyDictionary<string, string?> environment, TimeSpan readyTimeout, CancellationToken ct)
    {
        var folder = AppContext.BaseDirectory;
        var dll = Path.Combine(folder, "Bluehelm.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("Bluehelm.Web.dll is not in the test output folder.", dll);
        }

        var port = FreeLoopbackPort();
        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = folder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(folder);

        // Settings the test runner's own environment may carry must not leak into the server.
        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("Bluehelm__", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("BLUEHELM_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
                || key.StartsWith("DOTNET_STARTUP_HOOKS", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(key);
            }
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        var server = new ServerProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilReadyAsync(readyTimeout, ct);
        }
        catch
        {
            server.Dispose();
            throw;
        }

        return server;
    }

    /// <summary>Kills the process at once with SIGKILL (no graceful shutdown) and waits for it to be gone.</summary>
    /// <remarks>
    /// On Unix <see cref="Process.Kill()"/> is one <c>kill(pid, SIGKILL)</c>. <c>Kill(entireProcessTree: true)</c>
    /// also ends in SIGKILL, but first walks every process on the machine (and sends SIGSTOP), which
    /// takes 100-300 ms here, so the server would go on answering after the caller decided to kill it.
    /// <c>dotnet app.dll</c> runs the app inside the host process, so there is no child to miss.
    /// </remarks>
    public async Task KillAsync(CancellationToken ct)
    {
        _process.Kill();
        await _process.WaitForExitAsync(ct);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone.
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Bluehelm.Web exited with code {_process.ExitCode} before it was ready. Output:\n{Output}"));
            }

            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // One slow probe during startup.
            }

            await Task.Delay(100, ct);
        }

        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture, $"Bluehelm.Web was not ready at {BaseAddress}health/ready within {timeout.TotalSeconds:0} s. Output:\n{Output}"));
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>A port nothing listens on now: the OS picks it for a listener on port 0, which is then closed.</summary>
    public static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>The <c>dotnet</c> host running these tests (so the server runs on the same runtime).</summary>
    private static string DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        // The runtime directory is <dotnet root>/<runtime folder>/Microsoft.NETCore.App/<version>/: the root is three levels up.
        var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }
}
