namespace Bluehelm.Modules.Alerts;

/// <summary>Kinds of timeline entries.</summary>
public enum AlertEventKind
{
    Received = 1,
    StatusChanged = 2,
    ResponseAdded = 3,
    ResponseUpdated = 4,
    DuplicateMerged = 5,
    Escalated = 6,
    Note = 7,
    ReporterReply = 8,

    /// <summary>A commander marked a unit of a response on scene (the note names the units).</summary>
    UnitOnScene = 9,
}
