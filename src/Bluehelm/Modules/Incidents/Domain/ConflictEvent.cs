using Bluehelm.Modules.Alerts.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Incidents;

/// <summary>
/// One conflict event in the store: imported from a dataset (UCDP GED, ACLED, HXL) or verified in
/// Bluehelm from a resolved alert. The type is kept twice: mapped to the threat taxonomy of
/// PRODUCT.md and in the source's own terms, so nothing the source said is lost by the mapping.
/// </summary>
internal sealed class ConflictEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    // --- Provenance -------------------------------------------------------------------------

    public EventSource Source { get; set; }

    /// <summary>The dataset's name as its publisher gives it ("UCDP GED", "ACLED", an HXL dataset's name).</summary>
    public string Dataset { get; set; } = "";

    /// <summary>The dataset's version ("23.1"), when known.</summary>
    public string? DatasetVersion { get; set; }

    /// <summary>The event's id in its source (GED <c>id</c>, ACLED <c>event_id_cnty</c>, HXL <c>#event+id</c>); unique per source and dataset.</summary>
    public string SourceId { get; set; } = "";

    /// <summary>The file import that last wrote the row (its name, SHA-256 and counts); null for Bluehelm incidents.</summary>
    public Guid? ImportId { get; set; }

    /// <summary>Data row number in that file (1 = first row after the header).</summary>
    public int? RowNumber { get; set; }

    /// <summary>Hash of the row's values, so a newer edition tells updated rows from unchanged ones.</summary>
    public long ContentHash { get; set; }

    // --- When ------------------------------------------------------------------------------

    public DateOnly DateStart { get; set; }

    public DateOnly DateEnd { get; set; }

    public DatePrecision DatePrecision { get; set; } = DatePrecision.Day;

    // --- Where -----------------------------------------------------------------------------

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>The source's own spatial precision code (UCDP <c>where_prec</c> 1-7, ACLED <c>geo_precision</c> 1-3).</summary>
    public int? GeoPrecision { get; set; }

    /// <summary>ISO 3166-1 alpha-2 of the country the event happened in.</summary>
    public string? CountryIso2 { get; set; }

    public string? Admin1 { get; set; }

    public string? Admin2 { get; set; }

    public string? Locality { get; set; }

    /// <summary>PRIO-GRID cell (<see cref="Bluehelm.Platform.Geo.PrioGrid"/>).</summary>
    public int PrioGridGid { get; set; }

    // --- What ------------------------------------------------------------------------------

    public ThreatType Threat { get; set; }

    /// <summary>Violence against civilians (UCDP one-sided violence, ACLED "Violence against civilians" or civilian targeting, a verified attack on civilians).</summary>
    public bool AgainstCivilians { get; set; }

    /// <summary>The source's type in its own terms (UCDP <c>type_of_violence</c> "3", ACLED <c>event_type</c>).</summary>
    public string? SourceType { get; set; }

    /// <summary>ACLED <c>sub_event_type</c>, HXL <c>#event+type+sub</c>.</summary>
    public string? SourceSubType { get; set; }

    /// <summary>ACLED <c>civilian_targeting</c> when the source says it.</summary>
    public bool? CivilianTargeting { get; set; }

    public string? Actor1 { get; set; }

    public string? Actor2 { get; set; }

    /// <summary>Best estimate of deaths (UCDP <c>best</c>, ACLED <c>fatalities</c>).</summary>
    public int Fatalities { get; set; }

    public int? FatalitiesLow { get; set; }

    public int? FatalitiesHigh { get; set; }

    /// <summary>Civilian deaths where the source gives them (UCDP <c>deaths_civilians</c>).</summary>
    public int? CivilianDeaths { get; set; }

    /// <summary>Short text from the source (UCDP <c>source_headline</c>, ACLED <c>notes</c>) or the incident's summary.</summary>
    public string? Notes { get; set; }

    // --- Bluehelm incidents ------------------------------------------------------------------

    /// <summary>The mission whose incident this is (Bluehelm events), or null for imported events.</summary>
    public Guid? MissionId { get; set; }

    /// <summary>The alert an incident was verified from.</summary>
    public Guid? AlertId { get; set; }
}

internal sealed class ConflictEventConfiguration : IEntityTypeConfiguration<ConflictEvent>
{
    public void Configure(EntityTypeBuilder<ConflictEvent> b)
    {
        b.ToTable("incidents_events");
        b.HasKey(x => x.Id);
        b.Property(x => x.Dataset).HasMaxLength(100);
        b.Property(x => x.DatasetVersion).HasMaxLength(40);
        b.Property(x => x.SourceId).HasMaxLength(100);
        b.Property(x => x.CountryIso2).HasMaxLength(2);
        b.Property(x => x.Admin1).HasMaxLength(200);
        b.Property(x => x.Admin2).HasMaxLength(200);
        b.Property(x => x.Locality).HasMaxLength(300);
        b.Property(x => x.SourceType).HasMaxLength(100);
        b.Property(x => x.SourceSubType).HasMaxLength(100);
        b.Property(x => x.Actor1).HasMaxLength(300);
        b.Property(x => x.Actor2).HasMaxLength(300);
        b.Property(x => x.Notes).HasMaxLength(4000);

        // Re-imports match rows by source id; the list pages by (date, id) newest first.
        b.HasIndex(x => new { x.Source, x.Dataset, x.SourceId }).IsUnique();
        b.HasIndex(x => new { x.DateStart, x.Id });
        b.HasIndex(x => new { x.CountryIso2, x.DateStart, x.Id });
        b.HasIndex(x => new { x.PrioGridGid, x.DateStart });
        b.HasIndex(x => x.AlertId).IsUnique();

        // The event list's filters by threat and by source keep the newest-first order in their index.
        b.HasIndex(x => new { x.Threat, x.DateStart, x.Id });
        b.HasIndex(x => new { x.Source, x.DateStart, x.Id });

        // "At least N deaths": a high N matches few rows, which this index finds without reading the others.
        b.HasIndex(x => new { x.Fatalities, x.DateStart, x.Id });
    }
}
