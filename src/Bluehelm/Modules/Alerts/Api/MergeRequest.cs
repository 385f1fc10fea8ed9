using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>Marks an alert a duplicate of another.</summary>
public sealed record MergeRequest([property: Required] Guid? Into, [property: MaxLength(2000)] string? Reason);
