namespace Bluehelm.Modules.Alerts;

/// <summary>One note of a response: when, by whom, what.</summary>
public sealed record ResponseNoteDto(DateTimeOffset At, string Actor, string Text);
