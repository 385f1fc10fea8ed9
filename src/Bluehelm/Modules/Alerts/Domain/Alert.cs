using Bluehelm.Modules.Alerts.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// A warning of violence against civilians. Its lifecycle rules live here, so every path (API,
/// pages, SMS, CSV, the escalation job) applies the same ones.
/// </summary>
internal sealed class Alert
{
    private static readonly Dictionary<AlertStatus, AlertStatus[]> Allowed = new()
    {
        [AlertStatus.Received] = [AlertStatus.Triaged, AlertStatus.FalseAlarm, AlertStatus.Duplicate],
        [AlertStatus.Triaged] = [AlertStatus.Dispatched, AlertStatus.FalseAlarm, AlertStatus.Duplicate, AlertStatus.Resolved],
        [AlertStatus.Dispatched] = [AlertStatus.OnScene, AlertStatus.Resolved, AlertStatus.FalseAlarm],
        [AlertStatus.OnScene] = [AlertStatus.Resolved, AlertStatus.FalseAlarm],
        [AlertStatus.Resolved] = [],
        [AlertStatus.FalseAlarm] = [],
        [AlertStatus.Duplicate] = [],
    };

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public AlertChannel Channel { get; init; }

    /// <summary>
    /// The reporter's name, sealed (<see cref="ReporterSeal.NamePurpose"/>): only JOC officers and
    /// administrators of the mission see it, unsealed by <see cref="ReporterSeal"/>. Column <c>ReporterName</c>.
    /// </summary>
    public string? SealedReporterName { get; set; }

    /// <summary>The reporter's phone (normalized to digits with a leading +), sealed (<see cref="ReporterSeal.PhonePurpose"/>). Column <c>ReporterPhone</c>.</summary>
    public string? SealedReporterPhone { get; set; }

    /// <summary>Keyed hash of the normalized phone: an SMS reply finds the open alert of its number by it.</summary>
    public string? ReporterPhoneLookup { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? PlaceName { get; set; }

    public int? PrioGridGid { get; set; }

    public Guid? NearestSiteId { get; set; }

    public string? NearestSiteName { get; set; }

    public double? NearestSiteDistanceKm { get; set; }

    public ThreatType ThreatType { get; set; }

    public Severity Severity { get; set; }

    public int? PeopleAtRisk { get; set; }

    public int? Women { get; set; }

    public int? Children { get; set; }

    public int? Displaced { get; set; }

    public string Description { get; set; } = "";

    /// <summary>ISO 639-1 code (fr, en, sg) or "und" when not known.</summary>
    public string Language { get; set; } = "und";

    /// <summary>
    /// The coordinates are far outside the mission's host country (more than
    /// <see cref="Platform.Maps.CountryBounds.FarMarginDegrees"/> beyond its outline's bounds): kept, but flagged for a second look.
    /// </summary>
    public bool OutsideHostCountry { get; set; }

    public AlertStatus Status { get; private set; } = AlertStatus.Received;

    public Guid? DuplicateOfId { get; private set; }

    public DateTimeOffset? TriagedAt { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public DateTimeOffset? OnSceneAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the dispatch target passed without a dispatch (set by the escalation job).</summary>
    public DateTimeOffset? OverdueSince { get; private set; }

    /// <summary>Deadline for dispatch, from the mission's target for this severity.</summary>
    public DateTimeOffset DispatchDueAt { get; set; }

    /// <summary>Optimistic concurrency: two officers acting at once cannot both win.</summary>
    public int Version { get; set; }

    public List<AlertEvent> Events { get; } = [];

    public List<AlertResponse> Responses { get; } = [];

    public bool IsOpen => Status is AlertStatus.Received or AlertStatus.Triaged or AlertStatus.Dispatched or AlertStatus.OnScene;

    public static bool CanMove(AlertStatus from, AlertStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<AlertStatus> NextStatuses(AlertStatus from) => Allowed[from];

    /// <summary>Moves the alert; returns false (and changes nothing) when the move is not allowed.</summary>
    public bool MoveTo(AlertStatus to, DateTimeOffset at, Guid? actorId, string actor, string? reason)
    {
        if (!CanMove(Status, to))
        {
            return false;
        }

        var from = Status;
        Status = to;
        switch (to)
        {
            case AlertStatus.Triaged:
                TriagedAt = at;
                break;
            case AlertStatus.Dispatched:
                TriagedAt ??= at;
                DispatchedAt = at;
                OverdueSince = null;
                break;
            case AlertStatus.OnScene:
                OnSceneAt = at;
                break;
            default:
                ClosedAt = at;
                OverdueSince = null;
                break;
        }

        Add(new AlertEvent { AlertId = Id, At = at, Kind = AlertEventKind.StatusChanged, From = from, To = to, ActorUserId = actorId, Actor = actor, Note = reason });
        return true;
    }

    /// <summary>Marks this alert a duplicate of another; both keep their histories.</summary>
    public bool MergeInto(Alert target, DateTimeOffset at, Guid? actorId, string actor, string? reason)
    {
        if (target.Id == Id || !target.IsOpen && target.Status != AlertStatus.Resolved || !MoveTo(AlertStatus.Duplicate, at, actorId, actor, reason))
        {
            return false;
        }

        DuplicateOfId = target.Id;
        target.Add(new AlertEvent { AlertId = target.Id, At = at, Kind = AlertEventKind.DuplicateMerged, ActorUserId = actorId, Actor = actor, Note = reason, RelatedAlertId = Id });
        return true;
    }

    /// <summary>Flags the alert overdue once its dispatch deadline has passed; true the first time.</summary>
    public bool MarkOverdue(DateTimeOffset now)
    {
        if (OverdueSince is not null || now < DispatchDueAt || Status is not (AlertStatus.Received or AlertStatus.Triaged))
        {
            return false;
        }

        OverdueSince = now;
        Add(new AlertEvent { AlertId = Id, At = now, Kind = AlertEventKind.Escalated, Actor = "system" });
        return true;
    }

    public void Note(DateTimeOffset at, Guid? actorId, string actor, string text, AlertEventKind kind = AlertEventKind.Note) =>
        Add(new AlertEvent { AlertId = Id, At = at, Kind = kind, ActorUserId = actorId, Actor = actor, Note = text });

    /// <summary>
    /// Every timeline entry takes the alert's next version as its sequence: entries written in the
    /// same instant (dispatch, then its response) keep the order they happened in.
    /// </summary>
    private void Add(AlertEvent entry)
    {
        entry.Sequence = Version;
        Events.Add(entry);
        Version++;
    }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasKey(x => x.Id);
        // Sealed values in the columns that held them in clear before (a release before sealing; see ReporterSealing).
        b.Property(x => x.SealedReporterName).HasColumnName("ReporterName").HasMaxLength(2048);
        b.Property(x => x.SealedReporterPhone).HasColumnName("ReporterPhone").HasMaxLength(512);
        b.Property(x => x.ReporterPhoneLookup).HasMaxLength(64);
        b.Property(x => x.PlaceName).HasMaxLength(200);
        b.Property(x => x.NearestSiteName).HasMaxLength(128);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);

        // The mission is the Missions module's row: alerts keep its id, without a foreign key across
        // modules, and every writer checks it through IMissionDirectory (missions are never deleted).
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Responses).WithOne().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);

        // The list pages by (received time, id) within a mission; the board by status.
        b.HasIndex(x => new { x.MissionId, x.ReceivedAt, x.Id });
        b.HasIndex(x => new { x.ReceivedAt, x.Id });

        // Duplicate proposals: same mission and threat, a latitude band, then time and longitude.
        b.HasIndex(x => new { x.MissionId, x.ThreatType, x.Latitude });
        b.HasIndex(x => new { x.MissionId, x.Status, x.Severity });
        b.HasIndex(x => new { x.ReporterPhoneLookup, x.Status });
    }
}
