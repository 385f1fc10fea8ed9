namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The outcome of a warning's command: the warning, or a refusal with its stable code and HTTP status
/// (not-found 404, forbidden 403, self-approval 409, not-pending 409, cancelled 409, concurrent-change 409).
/// </summary>
internal sealed record WarningResult(Warning? Warning, string? Code = null, int Status = 200)
{
    public static WarningResult Refused(string code, int status) => new(null, code, status);

    public static readonly WarningResult NotFound = Refused("not-found", 404);

    public static readonly WarningResult Forbidden = Refused("forbidden", 403);
}
