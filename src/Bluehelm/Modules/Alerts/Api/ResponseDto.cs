namespace Bluehelm.Modules.Alerts;

/// <summary>
/// A response with its units. <c>Notes</c> is the latest note (kept for clients of the first API);
/// <c>NoteHistory</c> every note, oldest first.
/// </summary>
public sealed record ResponseDto(
    Guid Id, ResponseAction Action, DateTimeOffset DispatchedAt, DateTimeOffset? OnSceneAt, ResponseOutcome? Outcome, string? Notes, IReadOnlyList<ResponseUnitDto> Units,
    IReadOnlyList<ResponseNoteDto> NoteHistory);
