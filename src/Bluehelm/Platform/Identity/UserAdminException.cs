namespace Bluehelm.Platform.Identity;

/// <summary>Raised for a user request that cannot be carried out (unknown role, weak password, ...).</summary>
public sealed class UserAdminException(string code, string message) : Exception(message)
{
    /// <summary>Stable code: unknown-role, invalid-scope, unknown-mission, duplicate-email, weak-password, invalid-email.</summary>
    public string Code { get; } = code;
}
