namespace Bluehelm.Platform.Audit;

/// <summary>
/// An entity that is itself an append-only record of who did what and when (an alert's timeline):
/// writing a second audit row for it would only repeat it.
/// </summary>
public interface IAuditRecord;
