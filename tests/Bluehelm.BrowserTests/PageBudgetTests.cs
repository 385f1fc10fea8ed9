using System.Globalization;
using System.Text;

namespace Bluehelm.BrowserTests;

/// <summary>
/// Bytes on the wire for every page of the tour, in English and French, as the browser counts them
/// (<see cref="TransferMeter"/>): under 60 KB on a first load (fresh context, cold cache) and under
/// 15 KB on a repeat visit (same context, second load), for a satellite link. The table is printed
/// for docs/benchmarks.md ("Page weight").
/// </summary>
public sealed class PageBudgetTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const long FirstLoadBudget = 60_000;
    private const long RepeatBudget = 15_000;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task EveryPage_FirstAndRepeatLoad_WithinBudget(string language)
    {
        await TourVisitors.EnsureAlertAsync(app);
        var visitors = new TourVisitors(app, language);
        var table = new StringBuilder($"| page ({language}) | first load (bytes) | repeat visit (bytes) | requests (first) |\n|---|---:|---:|---:|\n");
        var over = new List<string>();
        foreach (var (template, path, visitor) in await SiteTour.PathsAsync(app))
        {
            await using var context = await visitors.ContextFor(visitor);
            var page = await context.NewPageAsync();
            using var meter = new TransferMeter(page);

            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var firstRequests = await meter.RequestsAsync();
            var first = firstRequests.Sum(r => r.Bytes);
            meter.Reset();
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            var repeat = await meter.BytesAsync();

            (await page.EvaluateAsync<string>("document.documentElement.lang")).ShouldBe(language, template);
            new Uri(page.Url).AbsolutePath.ShouldBe(path, $"{template} was redirected");
            // The meter really counts: a first load is a page, a stylesheet and a script.
            first.ShouldBeGreaterThan(4 * 1024, template);
            firstRequests.Count.ShouldBeGreaterThanOrEqualTo(3, template);
            table.Append(CultureInfo.InvariantCulture, $"| `{template}` | {first:N0} | {repeat:N0} | {firstRequests.Count} |\n");
            if (first > FirstLoadBudget || repeat > RepeatBudget)
            {
                over.Add($"{template} ({language}): first {first:N0} B, repeat {repeat:N0} B; " +
                    string.Join(", ", firstRequests.OrderByDescending(r => r.Bytes).Take(3).Select(r => $"{new Uri(r.Url).AbsolutePath} {r.Bytes:N0}")));
            }
        }

        TestContext.Current.TestOutputHelper!.WriteLine(table.ToString());
        over.ShouldBeEmpty();
    }
}
