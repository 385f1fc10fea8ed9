namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Settings of the warnings (<c>Bluehelm:Warnings</c>): <see cref="Sender"/> is the CAP <c>sender</c> of
/// every message this installation issues, and its host part names the installation in identifiers
/// (<c>bluehelm:&lt;host&gt;:&lt;guid&gt;</c>).
/// </summary>
internal sealed class WarningsOptions
{
    public const string Section = "Bluehelm:Warnings";

    public string Sender { get; set; } = "early-warning@bluehelm.local";

    public string Host => Sender.Contains('@', StringComparison.Ordinal) ? Sender[(Sender.IndexOf('@', StringComparison.Ordinal) + 1)..] : Sender;

    /// <summary>CAP 1.2 §3.2.1: no spaces, commas, '&lt;' or '&amp;'.</summary>
    public bool IsValid => Sender.Length > 0 && !Sender.Any(c => char.IsWhiteSpace(c) || c is ',' or '<' or '&');
}
