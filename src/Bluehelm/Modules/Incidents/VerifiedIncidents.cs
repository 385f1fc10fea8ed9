using Bluehelm.Platform.Data;

namespace Bluehelm.Modules.Incidents;

/// <summary>The Incidents module's answer to <see cref="Contracts.IVerifiedIncidents"/>.</summary>
internal sealed class VerifiedIncidents(BluehelmDbContext db) : Contracts.IVerifiedIncidents
{
    public Task<Guid?> EventOfAlertAsync(Guid alertId, CancellationToken ct) => VerifyIncidentHandler.EventOfAlertAsync(db, alertId, ct);
}
