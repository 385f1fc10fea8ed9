using Bluehelm.Platform.Data;
using Bluehelm.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Missions;

/// <summary>Tells the platform's user administration which mission codes and unit ids exist.</summary>
internal sealed class MissionScopeDirectory(BluehelmDbContext db) : IScopeDirectory
{
    public Task<bool> MissionExistsAsync(string code, CancellationToken ct) =>
        db.Set<Mission>().AnyAsync(m => m.Code == code, ct);

    public Task<bool> UnitExistsAsync(Guid id, CancellationToken ct) =>
        db.Set<Unit>().AnyAsync(u => u.Id == id, ct);
}
