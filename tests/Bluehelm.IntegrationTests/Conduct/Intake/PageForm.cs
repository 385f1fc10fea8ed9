using System.Text.RegularExpressions;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>One form of a page (found by its handler name), posted as a browser would: its own hidden fields plus the given values.</summary>
public static partial class PageForm
{
    public static FormUrlEncodedContent Fill(string html, string handler, params (string Name, string Value)[] values)
    {
        var form = Form().Matches(html).Select(m => m.Value).Single(f => f.Contains($"name=\"_handler\" value=\"{handler}\"", StringComparison.Ordinal));
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HiddenInput().Matches(form))
        {
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        foreach (var (name, value) in values)
        {
            fields[name] = value;
        }

        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
