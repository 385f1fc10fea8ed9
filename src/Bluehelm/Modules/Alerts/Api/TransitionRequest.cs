using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>A status change.</summary>
public sealed record TransitionRequest([property: Required, EnumDataType(typeof(AlertStatus))] AlertStatus? To, [property: MaxLength(2000)] string? Reason, int? Version);
