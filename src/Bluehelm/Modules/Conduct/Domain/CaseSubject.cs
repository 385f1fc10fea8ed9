using Bluehelm.Modules.Conduct.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>
/// The personnel a case names: a count of one category and nationality (the table's
/// "Military (MC),6 / Cameroon"), and, for live cases, a person's identity sealed, with keyed
/// hashes for pre-deployment screening (never a plain name).
/// </summary>
internal sealed class CaseSubject
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CaseId { get; init; }

    public int Count { get; set; } = 1;

    public PersonnelCategory Category { get; set; }

    /// <summary>The source's words for the category ("Civilian (Vendor Employee)").</summary>
    public string? CategoryText { get; set; }

    /// <summary>ISO 3166 alpha-2 of the subject's nationality (uniformed personnel), or null when not applicable or unknown.</summary>
    public string? NationalityIso2 { get; set; }

    /// <summary>The nationality as the source wrote it ("United Republic of Tanzania", "N/A", "Unknown").</summary>
    public string? NationalityText { get; set; }

    /// <summary>The unit, as written (a contingent's name); uniformed personnel only.</summary>
    public string? Unit { get; set; }

    /// <summary>Name, date of birth, national id as one sealed JSON document.</summary>
    public string? IdentitySealed { get; set; }

    /// <summary>Keyed hash of the normalised name and date of birth (screening).</summary>
    public string? NameLookup { get; set; }

    /// <summary>Keyed hash of the nationality and national id number (screening).</summary>
    public string? NationalIdLookup { get; set; }
}

internal sealed class CaseSubjectConfiguration : IConductEntityConfiguration<CaseSubject>
{
    public void Configure(EntityTypeBuilder<CaseSubject> b)
    {
        b.ToTable("conduct_subjects");
        b.HasKey(x => x.Id);
        b.Property(x => x.CategoryText).HasMaxLength(120);
        b.Property(x => x.NationalityIso2).HasMaxLength(2);
        b.Property(x => x.NationalityText).HasMaxLength(120);
        b.Property(x => x.Unit).HasMaxLength(200);
        b.Property(x => x.NameLookup).HasMaxLength(64);
        b.Property(x => x.NationalIdLookup).HasMaxLength(64);
        b.HasIndex(x => x.CaseId);
        b.HasIndex(x => x.NationalityIso2);
        b.HasIndex(x => x.NameLookup);
        b.HasIndex(x => x.NationalIdLookup);
    }
}
