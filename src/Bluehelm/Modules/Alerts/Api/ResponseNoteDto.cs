namespace Bluehelm.Modules.Alerts;

/// <summary>One note of a response: when, by whom (and the user's id when a signed-in user wrote it), what.</summary>
public sealed record ResponseNoteDto(DateTimeOffset At, string Actor, string Text, Guid? ActorUserId = null);
