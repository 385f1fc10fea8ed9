namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The outcome of reading a CAP document: <see cref="Document"/> when valid; otherwise a stable
/// <see cref="Code"/> (too-large, dtd-prohibited, malformed-xml: the document is refused before any
/// validation, 400/413; invalid-cap: it is XML but not valid CAP 1.2, 422) with every problem found.
/// </summary>
internal sealed record CapReadResult(CapDocument? Document, string? Code, IReadOnlyList<CapProblem> Problems, string? Text)
{
    public static CapReadResult Refused(string code, params CapProblem[] problems) => new(null, code, problems, null);
}
