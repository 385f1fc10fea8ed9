namespace Bluehelm.Platform.Identity;

/// <summary>Result of creating a user; <see cref="GeneratedPassword"/> is set only when Bluehelm chose it.</summary>
public sealed record CreatedUser(Guid Id, string Email, string? GeneratedPassword);
