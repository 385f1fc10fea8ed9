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

    /// <summary>A unit type of the Missions module (infantry, formed-police, ...) in the reader's language.</summary>
    public static string UnitType(this IStringLocalizer<AlertsText> text, string type)
    {
        var s = text["unit-type." + type];
        return s.ResourceNotFound ? type : s.Value;
    }
}
