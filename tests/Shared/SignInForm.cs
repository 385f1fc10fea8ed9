using System.Net;
using System.Text.RegularExpressions;

namespace Bluehelm.Testing;

/// <summary>The sign-in page's form, filled in from its own hidden fields and input names.</summary>
public static partial class SignInForm
{
    /// <summary>Builds the sign-in form post from the page's own hidden fields and input names.</summary>
    public static FormUrlEncodedContent From(string html, string email, string password)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in HiddenInput().Matches(html))
        {
            fields[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        }

        var names = InputName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value)).ToList();
        fields[names.Single(n => n.EndsWith("Email", StringComparison.Ordinal))] = email;
        fields[names.Single(n => n.EndsWith("Password", StringComparison.Ordinal))] = password;
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*name=\"(?<name>[^\"]+)\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<input[^>]*name=\"(?<name>Input[^\"]+)\"")]
    private static partial Regex InputName();
}
