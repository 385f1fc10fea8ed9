using System.Text.RegularExpressions;

namespace Bluehelm.IntegrationTests.Alerts;

/// <summary>Posts one of a page's server-rendered forms (found by its Blazor form name) as a browser without scripts would: its hidden fields plus the given ones.</summary>
public static partial class DispatchPageForm
{
    public static string Form(string html, string formName)
    {
        foreach (Match m in FormElement().Matches(html))
        {
            if (m.Value.Contains($"name=\"_handler\" value=\"{formName}\"", StringComparison.Ordinal))
            {
                return m.Value;
            }
        }

        return "";
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string html, string formName, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        var form = Form(html, formName);
        form.ShouldNotBeEmpty($"no form {formName} on {url}");
        var values = HiddenInput().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups["name"].Value), WebUtility.HtmlDecode(m.Groups["value"].Value))).ToList();
        values.AddRange(fields);
        return await client.PostAsync(url, new FormUrlEncodedContent(values), ct);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
