namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Who acts on a warning: a signed-in user (id and display name).</summary>
internal sealed record WarningActor(Guid? UserId, string Name);
