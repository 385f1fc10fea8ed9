using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Bluehelm.Cli;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.PublicTable;

/// <summary>What the table's import tests share: counts from the file (read independently) and from the database, the CLI, the upload form.</summary>
internal static partial class TableTestSupport
{
    public const string ConductOfficer = "conduct.minusca@demo.bluehelm.local";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Allegations per (mission, year recorded), computed from the file's XML.</summary>
    public static Dictionary<(string Mission, int Year), int> CountsFromFile(string path) =>
        RawXlsx.Records(path)
            .GroupBy(r => (r["Mission"].Trim().ToUpperInvariant(), int.Parse(r["Date"].Trim().Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Victims per age group ("Child", "Adult", "Unknown"), computed from the file's XML.</summary>
    public static Dictionary<string, int> VictimsFromFile(string path)
    {
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in RawXlsx.Records(path).SelectMany(r => r["Victim"].Split("\n\n")).Where(l => l.Trim().Length > 0))
        {
            var m = VictimLine().Match(line.Trim());
            m.Success.ShouldBeTrue(line);
            var n = m.Groups[2].Success ? int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            totals[m.Groups[1].Value] = totals.GetValueOrDefault(m.Groups[1].Value) + n;
        }

        return totals;
    }

    [GeneratedRegex(@"^(Child|Adult|Unknown)(?: \((\d+)\))?$")]
    private static partial Regex VictimLine();

    public static async Task<Dictionary<(string Mission, int Year), int>> CountsFromDatabase(BluehelmApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var rows = await db.Set<ConductCase>().Where(c => c.Source == CaseSource.PublicTable)
            .GroupBy(c => new { c.MissionCode, c.ReportedYear })
            .Select(g => new { g.Key.MissionCode, g.Key.ReportedYear, Count = g.Count() })
            .ToListAsync(Ct);
        return rows.ToDictionary(r => (r.MissionCode, r.ReportedYear), r => r.Count);
    }

    public static async Task<Dictionary<string, int>> VictimsFromDatabase(BluehelmApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var rows = await db.Set<CaseVictim>()
            .Where(v => db.Set<ConductCase>().Any(c => c.Id == v.CaseId && c.Source == CaseSource.PublicTable))
            .GroupBy(v => v.AgeGroup)
            .Select(g => new { g.Key, Count = g.Sum(v => v.Count) })
            .ToListAsync(Ct);
        return rows.ToDictionary(r => r.Key.ToString(), r => r.Count, StringComparer.Ordinal);
    }

    public static async Task<T> WithDb<T>(BluehelmApp app, Func<ConductDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ConductDbContext>());
    }

    public static Task<int> CasesAsync(BluehelmApp app) =>
        WithDb(app, db => db.Set<ConductCase>().CountAsync(c => c.Source == CaseSource.PublicTable, Ct));

    public static Task<int> ImportsAsync(BluehelmApp app) => WithDb(app, db => db.Set<ConductImport>().CountAsync(Ct));

    public static async Task<(int Exit, string Out, string Err)> CliAsync(BluehelmApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, TextReader.Null, app.Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static MultipartFormDataContent ApiForm(string path)
    {
        var form = new MultipartFormDataContent();
        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        form.Add(file, "file", Path.GetFileName(path));
        return form;
    }

    /// <summary>The upload page's form posted as a browser posts it: its hidden fields and the file.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string path)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/conduct/import", Ct));
        var form = new MultipartFormDataContent();
        foreach (var hidden in page.QuerySelectorAll("form.form.narrow input[type=hidden]"))
        {
            form.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue(XlsxType);
        form.Add(file, "Upload.File", Path.GetFileName(path));
        return await client.PostAsync("/conduct/import", form, Ct);
    }

    public static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    /// <summary>A truncated copy of the table: the first half of its bytes.</summary>
    public static string Truncated(string folder)
    {
        var bytes = File.ReadAllBytes(RawXlsx.Original);
        var path = Path.Combine(folder, "truncated.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        return path;
    }
}
