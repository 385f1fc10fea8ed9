namespace Bluehelm.Platform.Identity;

/// <summary>
/// A user as other people see them in histories: display name and role names (<see cref="Roles"/>),
/// never the e-mail address.
/// </summary>
public sealed record Person(Guid Id, string DisplayName, IReadOnlyList<string> Roles);
