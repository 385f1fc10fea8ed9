namespace Bluehelm.Modules.Alerts;

/// <summary>Who acts: a signed-in user, a gateway, the CSV import.</summary>
internal sealed record Actor(Guid? UserId, string Name);
