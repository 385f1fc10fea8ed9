namespace Bluehelm.Modules.Alerts;

/// <summary>A response with its units.</summary>
public sealed record ResponseDto(Guid Id, ResponseAction Action, DateTimeOffset DispatchedAt, DateTimeOffset? OnSceneAt, ResponseOutcome? Outcome, string? Notes, IReadOnlyList<ResponseUnitDto> Units);
