using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

/// <summary>How an alert reached the mission.</summary>
public enum AlertChannel
{
    Web = 1,
    Api = 2,
    Sms = 3,
    Cap = 4,
    Csv = 5,
    Phone = 6,
    Other = 7,
}

/// <summary>Threat taxonomy of PRODUCT.md (maps to ACLED and UCDP types on import).</summary>
public enum ThreatType
{
    AttackOnCivilians = 1,
    SexualViolence = 2,
    Abduction = 3,
    LootingOrDestruction = 4,
    ArmedClashNearCivilians = 5,
    ShellingOrExplosive = 6,
    ThreatOrIntimidation = 7,
    Displacement = 8,
    ChildRecruitment = 9,
    HateSpeechOrIncitement = 10,
    MovementOfArmedGroup = 11,
    Other = 12,
}

/// <summary>Severity, which sets the response target.</summary>
public enum Severity
{
    Critical = 1,
    High = 2,
    Medium = 3,
    Low = 4,
}

/// <summary>Where an alert is in its lifecycle.</summary>
public enum AlertStatus
{
    Received = 1,
    Triaged = 2,
    Dispatched = 3,
    OnScene = 4,
    Resolved = 5,
    FalseAlarm = 6,
    Duplicate = 7,
}

/// <summary>What a response does.</summary>
public enum ResponseAction
{
    Patrol = 1,
    QuickReactionForce = 2,
    Interposition = 3,
    Evacuation = 4,
    LiaisonWithHostAuthorities = 5,
    Other = 6,
}

/// <summary>How a response ended.</summary>
public enum ResponseOutcome
{
    CiviliansProtected = 1,
    HarmNotPrevented = 2,
    NoThreatFound = 3,
    AccessDenied = 4,
    Other = 5,
}

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

    /// <summary>Protected: only JOC officers and administrators of the mission see it.</summary>
    public string? ReporterName { get; set; }

    /// <summary>Protected, normalized to digits with a leading +.</summary>
    public string? ReporterPhone { get; set; }

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

/// <summary>Kinds of timeline entries.</summary>
public enum AlertEventKind
{
    Received = 1,
    StatusChanged = 2,
    ResponseAdded = 3,
    ResponseUpdated = 4,
    DuplicateMerged = 5,
    Escalated = 6,
    Note = 7,
    ReporterReply = 8,
}

/// <summary>One step of an alert's timeline: who, when, what, why. Append-only, so it is its own audit record.</summary>
internal sealed class AlertEvent : Platform.Audit.IAuditRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AlertId { get; init; }

    public DateTimeOffset At { get; init; }

    public AlertEventKind Kind { get; init; }

    public AlertStatus? From { get; init; }

    public AlertStatus? To { get; init; }

    public Guid? ActorUserId { get; init; }

    public required string Actor { get; init; }

    public string? Note { get; init; }

    public Guid? RelatedAlertId { get; init; }

    /// <summary>Order within the alert's timeline.</summary>
    public int Sequence { get; set; }
}

/// <summary>Units sent to an alert, what they do, when and with what outcome.</summary>
internal sealed class AlertResponse
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid AlertId { get; init; }

    public ResponseAction Action { get; set; }

    public DateTimeOffset DispatchedAt { get; set; }

    public DateTimeOffset? OnSceneAt { get; set; }

    public ResponseOutcome? Outcome { get; set; }

    public string? Notes { get; set; }

    public List<AlertResponseUnit> Units { get; } = [];
}

/// <summary>A unit tasked by a response (a commander sees the alerts tasked to their units).</summary>
internal sealed class AlertResponseUnit
{
    public Guid ResponseId { get; init; }

    public Guid UnitId { get; init; }

    public required string UnitName { get; init; }
}

/// <summary>The first result of an <c>Idempotency-Key</c> (or a gateway's message id): a retry gets it again.</summary>
internal sealed class IdempotencyRecord
{
    /// <summary>Who may reuse the key (user id or gateway) and the key itself.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request body: the same key with another body is a conflict.</summary>
    public required string RequestHash { get; init; }

    public Guid AlertId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A notification for a mission's Joint Operations Centre (overdue alerts, escalations).</summary>
internal sealed class JocNotification
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public Guid AlertId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public required string Kind { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
}

/// <summary>Minutes within which an alert of a severity must be dispatched, per mission.</summary>
internal sealed class ResponseTarget
{
    public Guid MissionId { get; init; }

    public Severity Severity { get; init; }

    public int DispatchWithinMinutes { get; set; }

    public static int DefaultMinutes(Severity severity) => severity switch
    {
        Severity.Critical => 60,
        Severity.High => 4 * 60,
        Severity.Medium => 24 * 60,
        _ => 72 * 60,
    };
}

/// <summary>An SMS gateway (RapidPro/Courier external channel) allowed to post to a mission.</summary>
internal sealed class SmsGateway
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid MissionId { get; init; }

    public required string Name { get; init; }

    /// <summary>SHA-256 of the shared secret; the secret itself is shown once when created.</summary>
    public required string SecretHash { get; init; }
}

internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> b)
    {
        b.ToTable("alerts");
        b.HasKey(x => x.Id);
        b.Property(x => x.ReporterName).HasMaxLength(200);
        b.Property(x => x.ReporterPhone).HasMaxLength(32);
        b.Property(x => x.PlaceName).HasMaxLength(200);
        b.Property(x => x.NearestSiteName).HasMaxLength(128);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.Property(x => x.Language).HasMaxLength(8);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.IsOpen);
        b.HasOne<Missions.Mission>().WithMany().HasForeignKey(x => x.MissionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Responses).WithOne().HasForeignKey(x => x.AlertId).OnDelete(DeleteBehavior.Cascade);

        // The list pages by (received time, id) within a mission; the board by status.
        b.HasIndex(x => new { x.MissionId, x.ReceivedAt, x.Id });
        b.HasIndex(x => new { x.ReceivedAt, x.Id });

        // Duplicate proposals: same mission and threat, a latitude band, then time and longitude.
        b.HasIndex(x => new { x.MissionId, x.ThreatType, x.Latitude });
        b.HasIndex(x => new { x.MissionId, x.Status, x.Severity });
        b.HasIndex(x => new { x.ReporterPhone, x.Status });
    }
}

internal sealed class AlertEventConfiguration : IEntityTypeConfiguration<AlertEvent>
{
    public void Configure(EntityTypeBuilder<AlertEvent> b)
    {
        b.ToTable("alert_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Actor).HasMaxLength(256);
        b.Property(x => x.Note).HasMaxLength(2000);
        b.HasIndex(x => new { x.AlertId, x.Sequence });
    }
}

internal sealed class AlertResponseConfiguration : IEntityTypeConfiguration<AlertResponse>
{
    public void Configure(EntityTypeBuilder<AlertResponse> b)
    {
        b.ToTable("alert_responses");
        b.HasKey(x => x.Id);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AlertResponseUnitConfiguration : IEntityTypeConfiguration<AlertResponseUnit>
{
    public void Configure(EntityTypeBuilder<AlertResponseUnit> b)
    {
        b.ToTable("alert_response_units");
        b.HasKey(x => new { x.ResponseId, x.UnitId });
        b.Property(x => x.UnitName).HasMaxLength(128);
        b.HasIndex(x => x.UnitId);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> b)
    {
        b.ToTable("idempotency_records");
        b.HasKey(x => new { x.Scope, x.Key });
        b.Property(x => x.Scope).HasMaxLength(64);
        b.Property(x => x.Key).HasMaxLength(128);
        b.Property(x => x.RequestHash).HasMaxLength(64);
    }
}

internal sealed class JocNotificationConfiguration : IEntityTypeConfiguration<JocNotification>
{
    public void Configure(EntityTypeBuilder<JocNotification> b)
    {
        b.ToTable("joc_notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Kind).HasMaxLength(32);
        b.HasIndex(x => new { x.MissionId, x.CreatedAt });
        b.HasIndex(x => new { x.AlertId, x.Kind }).IsUnique();
    }
}

internal sealed class ResponseTargetConfiguration : IEntityTypeConfiguration<ResponseTarget>
{
    public void Configure(EntityTypeBuilder<ResponseTarget> b)
    {
        b.ToTable("response_targets");
        b.HasKey(x => new { x.MissionId, x.Severity });
    }
}

internal sealed class SmsGatewayConfiguration : IEntityTypeConfiguration<SmsGateway>
{
    public void Configure(EntityTypeBuilder<SmsGateway> b)
    {
        b.ToTable("sms_gateways");
        b.HasKey(x => x.Id);
        b.Property(x => x.Name).HasMaxLength(64);
        b.Property(x => x.SecretHash).HasMaxLength(64);
        b.HasIndex(x => x.SecretHash).IsUnique();
    }
}
