using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Alerts;

/// <summary>Localized names of the module's enums: key "&lt;kind&gt;.&lt;kebab-case value&gt;".</summary>
internal static class AlertLabels
{
    public static string Label<T>(this IStringLocalizer<AlertsText> text, T value)
        where T : struct, Enum
    {
        var key = typeof(T).Name.ToLowerInvariant() + "." + AlertCsv.Kebab(value);
        var s = text[key];
        return s.ResourceNotFound ? AlertCsv.Kebab(value) : s.Value;
    }
}
