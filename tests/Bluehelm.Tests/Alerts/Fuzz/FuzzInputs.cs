using CsCheck;

namespace Bluehelm.Tests.Alerts.Fuzz;

/// <summary>
/// Strings as outside input brings them: any UTF-16 (lone surrogates included), text from the
/// alphabet a parser looks for (so the deep branches are reached), and near-misses of valid input.
/// Iterations are bounded so the whole suite stays fast; CsCheck prints a seed to replay a failure.
/// </summary>
internal static class FuzzInputs
{
    public const long Iterations = 2_000;

    /// <summary>Any UTF-16 code unit, each equally likely: control characters, surrogates, digits of every script.</summary>
    public static readonly Gen<string> AnyText = Gen.Char.Array[0, 40].Select(c => new string(c));

    /// <summary>From an alphabet of the given characters plus a few hostile ones.</summary>
    public static Gen<string> From(string alphabet, int maxLength = 30) =>
        Gen.Char[alphabet + "\0\n\r\t \u00a0\ud800\u0660\u06f5\u0966\uff11-+"].Array[0, maxLength].Select(c => new string(c));

    /// <summary>The input of a failure written so every code unit shows (CsCheck prints it).</summary>
    public static string Show(string text) => string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}"));

    public static Gen<string> Text(string alphabet, int maxLength = 30) => Gen.OneOf<string>(AnyText, From(alphabet, maxLength));
}
