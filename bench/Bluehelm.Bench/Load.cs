using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Bluehelm.Bench;

/// <summary>One measured step: N clients, or the raw loop.</summary>
internal sealed record StepResult(string Name, int Clients, double Seconds, long Count, double P50Ms, double P99Ms, double MaxMs, long Errors, string? FirstError, double ServerCpu, double BenchCpu, double MachineCpu = 0)
{
    public double PerSecond => Count / Seconds;
}

/// <summary>Latencies in <see cref="Stopwatch"/> ticks, merged and read as percentiles.</summary>
internal static class Percentiles
{
    public static (double P50, double P99, double Max) Of(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return (double.NaN, double.NaN, double.NaN);
        }

        ticks.Sort();
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        long At(double q) => ticks[Math.Clamp((int)Math.Ceiling(q * ticks.Count) - 1, 0, ticks.Count - 1)];
        return (Ms(At(0.50)), Ms(At(0.99)), Ms(ticks[^1]));
    }
}

/// <summary>Closed-loop HTTP load: every client posts an alert, waits for the answer, posts the next.</summary>
internal sealed class HttpLoad : IDisposable
{
    private readonly HttpClient _http;
    private readonly byte[][] _payloads;
    private readonly MediaTypeHeaderValue _json = new("application/json");

    public HttpLoad(Uri baseAddress, int maxClients)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = Math.Max(maxClients, 1) + 4,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        _payloads = Payloads(1024);
    }

    public async Task LoginAsync(string email, string password)
    {
        using var r = await _http.PostAsJsonAsync(new Uri("/api/v1/auth/login", UriKind.Relative), new { email, password });
        var body = await r.Content.ReadAsStringAsync();
        if (!r.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"login failed: {((int)r.StatusCode).ToString(CultureInfo.InvariantCulture)} {body}");
        }

        using var doc = JsonDocument.Parse(body);
        var token = doc.RootElement.GetProperty("accessToken").GetString();
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <summary>Alerts spread over the Central African Republic, so nearest-site and duplicate lookups vary.</summary>
    private static byte[][] Payloads(int count)
    {
        var random = new Random(20261126);
        string[] threats = ["attack-on-civilians", "sexual-violence", "abduction", "looting-or-destruction", "armed-clash-near-civilians", "threat-or-intimidation", "displacement"];
        string[] severities = ["critical", "high", "medium", "low"];
        var list = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            var alert = new
            {
                mission = "MINUSCA",
                latitude = Math.Round(3.0 + random.NextDouble() * 7.0, 5),
                longitude = Math.Round(15.5 + random.NextDouble() * 11.0, 5),
                threatType = threats[random.Next(threats.Length)],
                severity = severities[random.Next(severities.Length)],
                peopleAtRisk = random.Next(1, 500),
                description = "Armed men seen near the village market; residents report threats and ask for a patrol. Benchmark alert " + i.ToString(CultureInfo.InvariantCulture),
                reporter = new { name = "Community alert network", phone = "+236 72 00 " + (1000 + i).ToString(CultureInfo.InvariantCulture) },
            };
            list[i] = JsonSerializer.SerializeToUtf8Bytes(alert);
        }

        return list;
    }

    /// <summary>Warm-up, then measure: only requests started and answered inside the window count.</summary>
    public async Task<StepResult> RunAsync(string name, int clients, TimeSpan warmup, TimeSpan measure, int serverPid, Func<double>? extraCpu = null)
    {
        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(measure.TotalSeconds * Stopwatch.Frequency);
        var perClient = new ClientStats[clients];
        var cpuAtStart = new TaskCompletionSource<(double Server, double Bench, double Machine)>(TaskCreationOptions.RunContinuationsAsynchronously);

        var sampler = Task.Run(async () =>
        {
            await Task.Delay(warmup);
            cpuAtStart.SetResult((Shell.CpuSeconds(serverPid) + (extraCpu?.Invoke() ?? 0), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, Shell.MachineBusySeconds()));
            await Task.Delay(measure);
            return (Shell.CpuSeconds(serverPid) + (extraCpu?.Invoke() ?? 0), Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds, Shell.MachineBusySeconds());
        });

        var tasks = new Task[clients];
        for (var c = 0; c < clients; c++)
        {
            var stats = perClient[c] = new ClientStats();
            var offset = c * 97;
            tasks[c] = Task.Run(() => ClientLoopAsync(stats, offset, measureFrom, measureTo));
        }

        await Task.WhenAll(tasks);
        var (serverEnd, benchEnd, machineEnd) = await sampler;
        var (serverStart, benchStart, machineStart) = await cpuAtStart.Task;

        var all = new List<long>(perClient.Sum(s => s.Latencies.Count));
        foreach (var s in perClient)
        {
            all.AddRange(s.Latencies);
        }

        var (p50, p99, max) = Percentiles.Of(all);
        var seconds = measure.TotalSeconds;
        return new StepResult(name, clients, seconds, all.Count, p50, p99, max, perClient.Sum(s => s.Errors), perClient.Select(s => s.FirstError).FirstOrDefault(e => e is not null),
            (serverEnd - serverStart) / seconds, (benchEnd - benchStart) / seconds, (machineEnd - machineStart) / seconds);
    }

    private sealed class ClientStats
    {
        public List<long> Latencies { get; } = new(16_384);

        public long Errors { get; set; }

        public string? FirstError { get; set; }
    }

    private async Task ClientLoopAsync(ClientStats stats, int offset, long measureFrom, long measureTo)
    {
        var uri = new Uri("/api/v1/alerts", UriKind.Relative);
        var i = offset;
        while (true)
        {
            var t0 = Stopwatch.GetTimestamp();
            if (t0 >= measureTo)
            {
                return;
            }

            using var content = new ByteArrayContent(_payloads[i++ % _payloads.Length]);
            content.Headers.ContentType = _json;
            string? error = null;
            try
            {
                using var response = await _http.PostAsync(uri, content);
                // Read the body: the answer is only complete when all of it arrived.
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    error = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) + " " + Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300));
                }
            }
            catch (HttpRequestException e)
            {
                error = e.GetType().Name + ": " + e.Message;
            }
            catch (TaskCanceledException e)
            {
                error = "timeout: " + e.Message;
            }

            var t1 = Stopwatch.GetTimestamp();
            if (t0 < measureFrom || t1 > measureTo)
            {
                continue;
            }

            if (error is null)
            {
                stats.Latencies.Add(t1 - t0);
            }
            else
            {
                stats.Errors++;
                stats.FirstError ??= error;
            }
        }
    }

    public void Dispose() => _http.Dispose();
}
