namespace Bluehelm.Modules.Incidents.Contracts;

/// <summary>What other modules (the alert page) may know of incidents verified from alerts.</summary>
public interface IVerifiedIncidents
{
    /// <summary>The id of the event an alert was verified into, or null when it has not been.</summary>
    Task<Guid?> EventOfAlertAsync(Guid alertId, CancellationToken ct);
}
