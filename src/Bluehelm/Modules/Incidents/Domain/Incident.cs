using Bluehelm.Modules.Alerts.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Incidents;

/// <summary>
/// A resolved alert verified by a JOC officer or POC adviser as something that happened: what, how
/// many were hurt, by whom. It enters the event store as a Bluehelm <see cref="ConflictEvent"/>
/// (<see cref="EventId"/>). One per alert: the alert id is unique, so a second verification changes nothing.
/// </summary>
internal sealed class Incident
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    /// <summary>The Alerts module's alert (no foreign key across modules).</summary>
    public Guid AlertId { get; init; }

    public Guid MissionId { get; init; }

    public string WhatHappened { get; init; } = "";

    public int Killed { get; init; }

    public int Injured { get; init; }

    public int CivilianDeaths { get; init; }

    public PerpetratorType Perpetrator { get; init; }

    public ThreatType Threat { get; init; }

    public Guid? VerifiedByUserId { get; init; }

    public string VerifiedBy { get; init; } = "";

    public DateTimeOffset VerifiedAt { get; init; }

    /// <summary>The event written to the store for this incident.</summary>
    public Guid EventId { get; init; }
}

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> b)
    {
        b.ToTable("incidents_incidents");
        b.HasKey(x => x.Id);
        b.Property(x => x.WhatHappened).HasMaxLength(4000);
        b.Property(x => x.VerifiedBy).HasMaxLength(256);
        b.HasIndex(x => x.AlertId).IsUnique();
        b.HasIndex(x => x.EventId).IsUnique();
        b.HasOne<ConflictEvent>().WithOne().HasForeignKey<Incident>(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
