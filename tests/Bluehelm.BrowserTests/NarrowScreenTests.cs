namespace Bluehelm.BrowserTests;

/// <summary>
/// A phone (390 × 844): no page of the tour is wider than the screen, in English and French, and
/// the header stays small (one or two lines, the menu folded). Screenshots of each page at that
/// width go to BLUEHELM_SCREENSHOTS.
/// </summary>
public sealed class NarrowScreenTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int Width = 390;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task EveryPage_PhoneWidth_NoHorizontalScrollAndASmallHeader(string language)
    {
        await TourVisitors.EnsureAlertAsync(app);
        var visitors = new TourVisitors(app, language);
        var wide = new List<string>();
        foreach (var (template, path, visitor) in await SiteTour.PathsAsync(app))
        {
            await using var context = await visitors.ContextFor(visitor, Width, 844);
            var page = await context.NewPageAsync();
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (scrollWidth > Width)
            {
                var widest = await page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')]
                        .filter(e => e.getBoundingClientRect().right > 390.5)
                        .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')
                    """);
                wide.Add($"{template} ({language}): {scrollWidth} px ({widest})");
            }

            var header = await page.Locator("header.top").BoundingBoxAsync();
            header.ShouldNotBeNull(template);
            header.Height.ShouldBeLessThanOrEqualTo(80, $"{template}: the header is {header.Height} px high");
            if (await page.Locator(".demo-banner").CountAsync() > 0)
            {
                (await page.Locator(".demo-banner").BoundingBoxAsync())!.Height.ShouldBeLessThanOrEqualTo(24, template);
            }

            await BrowserApp.Screenshot(page, $"narrow-{Slug(template)}-{language}");
        }

        wide.ShouldBeEmpty();
    }

    private static string Slug(string template)
    {
        var slug = new string([.. template.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-');
        return slug.Length == 0 ? "home" : slug.Replace("--", "-", StringComparison.Ordinal);
    }
}
