using System.Text.Json;
using Bluehelm.Platform.Sealing;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// The sealing purposes of the case's identity fields, one per field, and their sealed shapes: an
/// identity is one JSON document (name, contact...), the narrative plain text. A value sealed for
/// one purpose cannot be opened as another, so a victim's seal can never be read as a subject's.
/// </summary>
internal static class CaseSeals
{
    public const string Victim = "conduct.victim";
    public const string Subject = "conduct.subject";
    public const string Narrative = "conduct.narrative";
    public const string Reporter = "conduct.reporter";

    public static string PurposeOf(SealedPart part) => part switch
    {
        SealedPart.Victim => Victim,
        SealedPart.Subject => Subject,
        SealedPart.Narrative => Narrative,
        _ => Reporter,
    };

    /// <summary>The non-empty fields as one sealed JSON object, or null when every field is empty.</summary>
    public static string? SealIdentity(ISealer sealer, string purpose, params (string Key, string? Value)[] fields)
    {
        var present = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key, f => f.Value!.Trim(), StringComparer.Ordinal);
        return present.Count == 0 ? null : sealer.Seal(JsonSerializer.Serialize(present), purpose);
    }

    /// <summary>The fields of a sealed identity (the narrative as one field, <c>text</c>).</summary>
    public static IReadOnlyDictionary<string, string> Open(ISealer sealer, string sealedValue, SealedPart part)
    {
        var plain = sealer.Unseal(sealedValue, PurposeOf(part)) ?? "";
        return part == SealedPart.Narrative
            ? new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = plain }
            : JsonSerializer.Deserialize<Dictionary<string, string>>(plain) ?? [];
    }
}
