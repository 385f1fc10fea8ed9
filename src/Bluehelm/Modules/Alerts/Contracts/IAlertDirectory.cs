using System.Security.Claims;

namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>What other modules may read of one alert, always through the Alerts module's visibility rule.</summary>
public interface IAlertDirectory
{
    /// <summary>The alert with this id, or null when there is none or <paramref name="user"/> may not see it.</summary>
    Task<AlertRef?> FindVisibleAsync(ClaimsPrincipal user, Guid id, CancellationToken ct);
}
