using Microsoft.Extensions.Localization;

namespace Bluehelm.Modules.Conduct;

/// <summary>The localized label of any Conduct enum value (<c>enum.&lt;Type&gt;.&lt;Member&gt;</c> in ConductText).</summary>
internal static class ConductLabels
{
    public static string Label<T>(this IStringLocalizer<ConductText> text, T value)
        where T : struct, Enum =>
        text["enum." + typeof(T).Name + "." + value.ToString()];
}
