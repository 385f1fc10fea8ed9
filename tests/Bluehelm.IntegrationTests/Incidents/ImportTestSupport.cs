using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Bluehelm.Cli;
using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Incidents;

/// <summary>What the import tests share: GED files in a temporary folder, the CLI, counts from the database, the upload form.</summary>
internal static partial class ImportTestSupport
{
    public const string Poc = "poc.minusca@demo.bluehelm.local";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A GED-shaped CSV of <paramref name="rows"/> events with ids from <paramref name="firstId"/>; <paramref name="edit"/> may change a data line (1-based).</summary>
    public static string GedCsv(string folder, string name, int rows, int firstId, Func<int, string, string>? edit = null)
    {
        var path = Path.Combine(folder, name);
        GedSample.Write(path, rows, seed: firstId, firstId: firstId);
        if (edit is not null)
        {
            var lines = File.ReadAllLines(path);
            for (var i = 1; i < lines.Length; i++)
            {
                lines[i] = edit(i, lines[i]);
            }

            File.WriteAllText(path, string.Join('\n', lines) + "\n");
        }

        return path;
    }

    /// <summary>Sets a field counted from the end of a generated line (whose last columns are never quoted): 1 = gwnob, 5 = best.</summary>
    public static string SetFromEnd(string line, int fromEnd, string value)
    {
        var fields = line.Split(',');
        fields[^fromEnd] = value;
        return string.Join(',', fields);
    }

    /// <summary>Replaces the latitude of a generated line (the field before "POINT (").</summary>
    public static string SetLatitude(string line, string value) => Latitude().Replace(line, "," + value + ",${lon},POINT", 1);

    [GeneratedRegex(@",-?\d+\.\d{6},(?<lon>-?\d+\.\d{6}),POINT")]
    private static partial Regex Latitude();

    public static async Task<(int Exit, string Out, string Err)> CliAsync(BluehelmApp app, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, TextReader.Null, app.Settings);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static async Task<int> CountAsync(BluehelmApp app, string where = "1 = 1")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Database.SqlQueryRaw<int>(string.Concat("SELECT COUNT(*) AS \"Value\" FROM incidents_events WHERE ", where)).SingleAsync(Ct);
    }

    public static async Task<List<string>> IdsAsync(BluehelmApp app, string where)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Database.SqlQueryRaw<string>(string.Concat("SELECT \"SourceId\" || ' ' || COALESCE(\"DatasetVersion\", '') || ' ' || \"Dataset\" AS \"Value\" FROM incidents_events WHERE ", where)).ToListAsync(Ct);
    }

    public static async Task<int> ImportsAsync(BluehelmApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BluehelmDbContext>();
        return await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM incidents_imports").SingleAsync(Ct);
    }

    /// <summary>The upload page's form posted as a browser posts it: its hidden fields, the format, the file.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string path, string format = "ged", string? version = null)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/events/import", Ct));
        var form = new MultipartFormDataContent();
        foreach (var hidden in page.QuerySelectorAll("form.form.narrow input[type=hidden]"))
        {
            form.Add(new StringContent(hidden.GetAttribute("value") ?? ""), hidden.GetAttribute("name")!);
        }

        form.Add(new StringContent(format), "Upload.Format");
        form.Add(new StringContent(version ?? ""), "Upload.Version");
        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload.File", Path.GetFileName(path));
        return await client.PostAsync("/events/import", form, Ct);
    }

    public static MultipartFormDataContent ApiForm(string path)
    {
        var form = new MultipartFormDataContent();
        var file = new StreamContent(File.OpenRead(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        return form;
    }

    public static string Text(string html) => System.Net.WebUtility.HtmlDecode(Tags().Replace(html, " "));

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
