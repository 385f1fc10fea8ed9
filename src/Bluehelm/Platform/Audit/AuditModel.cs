using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Audit;

/// <summary>
/// Marks properties whose values never enter the audit trail (only the fact that they changed).
/// Besides the marked ones, <see cref="IsConfidential(IReadOnlyProperty)"/> treats as confidential every
/// property of the identity tables and every property whose name says it is personal or secret
/// (reporter, victim, phone, e-mail, password, token, secret, hash, stamp; sealed, lookup, narrative, identity): a new such field stays
/// out of the trail even when nobody remembered to mark it.
/// </summary>
public static class AuditModel
{
    internal const string ConfidentialAnnotation = "Bluehelm:Confidential";

    private static readonly string[] ConfidentialNameParts = ["Reporter", "Victim", "Phone", "Email", "Password", "Token", "Secret", "Hash", "Stamp", "Sealed", "Lookup", "Narrative", "Identity"];

    /// <summary>The audit records that this property changed, never its values.</summary>
    public static PropertyBuilder<T> IsConfidential<T>(this PropertyBuilder<T> property) =>
        property.HasAnnotation(ConfidentialAnnotation, true);

    internal static bool IsConfidential(IReadOnlyProperty property) =>
        property.FindAnnotation(ConfidentialAnnotation)?.Value is true
        || property.DeclaringType.ClrType.Namespace?.StartsWith("Bluehelm.Platform.Identity", StringComparison.Ordinal) == true
        || property.DeclaringType.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore.Identity", StringComparison.Ordinal) == true
        || ConfidentialNameParts.Any(part => property.Name.Contains(part, StringComparison.OrdinalIgnoreCase));
}
