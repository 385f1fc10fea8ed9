using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Bluehelm.Platform.Identity;

/// <summary>One mission or member state a user's role applies to.</summary>
public sealed class UserScope
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid UserId { get; init; }

    public ScopeKind Kind { get; init; }

    public required string Code { get; init; }

    /// <summary>Parses <c>mission:MINUSCA</c> or <c>state:SN</c>.</summary>
    public static bool TryParse(string text, out ScopeKind kind, out string code)
    {
        kind = default;
        code = "";
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[1].Length == 0)
        {
            return false;
        }

        kind = parts[0].ToUpperInvariant() switch
        {
            "MISSION" => ScopeKind.Mission,
            "STATE" or "MEMBER-STATE" => ScopeKind.MemberState,
            "UNIT" => ScopeKind.Unit,
            _ => 0,
        };
        code = kind == ScopeKind.Unit && Guid.TryParse(parts[1], out var unit) ? unit.ToString("N") : parts[1].ToUpperInvariant();
        return kind switch
        {
            ScopeKind.Mission => code.Length <= 32,
            ScopeKind.MemberState => code.Length == 2,
            ScopeKind.Unit => Guid.TryParse(parts[1], out _),
            _ => false,
        };
    }

    public override string ToString() => Kind switch
    {
        ScopeKind.Mission => "mission:",
        ScopeKind.MemberState => "state:",
        _ => "unit:",
    } + Code;
}

internal sealed class UserScopeConfiguration : IEntityTypeConfiguration<UserScope>
{
    public void Configure(EntityTypeBuilder<UserScope> b)
    {
        b.ToTable("platform_user_scopes");
        b.HasKey(x => x.Id);
        b.Property(x => x.Code).HasMaxLength(32);
        b.HasIndex(x => new { x.UserId, x.Kind, x.Code }).IsUnique();
        b.HasOne<BluehelmUser>().WithMany(u => u.Scopes).HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
