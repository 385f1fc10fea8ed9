using System.Text.RegularExpressions;

namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The GED version a file names: <c>GEDEvent_v23_1</c> (UCDP's file and layer names),
/// <c>ged231</c> (UCDP's download names) or <c>ged-23.1</c>.
/// </summary>
internal static partial class GedVersion
{
    public static string? From(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (Underscored().Match(name) is { Success: true } u)
        {
            return u.Groups[1].Value + "." + u.Groups[2].Value;
        }

        if (Dotted().Match(name) is { Success: true } d)
        {
            return d.Groups[1].Value + "." + d.Groups[2].Value;
        }

        return Packed().Match(name) is { Success: true } p ? p.Groups[1].Value + "." + p.Groups[2].Value : null;
    }

    [GeneratedRegex(@"GEDEvent_v(\d{2})_(\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Underscored();

    [GeneratedRegex(@"ged[-_ ]?v?(\d{2})\.(\d{1,2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"ged(\d{2})(\d)(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Packed();
}
