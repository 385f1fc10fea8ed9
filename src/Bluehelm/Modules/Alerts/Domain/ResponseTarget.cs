using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Modules.Alerts;

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

internal sealed class ResponseTargetConfiguration : IEntityTypeConfiguration<ResponseTarget>
{
    public void Configure(EntityTypeBuilder<ResponseTarget> b)
    {
        b.ToTable("alerts_response_targets");
        b.HasKey(x => new { x.MissionId, x.Severity });
    }
}
