namespace Bluehelm.Platform.Audit;

/// <summary>
/// Who is acting in the current scope. The web host fills it from the signed-in user, the CLI from the
/// operating-system account; background jobs and seeding act as <see cref="System"/>.
/// </summary>
public sealed class AuditContext(TimeProvider time)
{
    public static AuditContext System { get; } = new(TimeProvider.System);

    public TimeProvider Time { get; } = time;

    public Guid? UserId { get; set; }

    public string Actor { get; set; } = "system";

    public string Origin { get; set; } = "system";

    /// <summary>
    /// While set, a save writes one summary row per entity type (with this description and the
    /// counts) instead of one row per record: an import of thousands of rows stays auditable
    /// without drowning the trail.
    /// </summary>
    public string? BulkOperation { get; set; }
}
