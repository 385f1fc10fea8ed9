namespace Bluehelm.Modules.Alerts.Contracts;

/// <summary>
/// Raises an alert from another module (an inbound CAP alert turned into a Bluehelm alert by the JOC):
/// the same intake as every channel (place, nearest site, deadline, timeline). The caller has checked
/// its user's right to the mission. The same <see cref="IntakeAlert.IdempotencyKey"/> twice gives the
/// first alert again, never a second one.
/// </summary>
public interface IAlertIntake
{
    Task<IntakeResult> RaiseAsync(IntakeAlert alert, CancellationToken ct);
}
