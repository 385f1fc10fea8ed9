using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>Units sent to an alert.</summary>
public sealed record DispatchRequest([property: Required, MinLength(1), MaxLength(20)] Guid[]? UnitIds, [property: Required, EnumDataType(typeof(ResponseAction))] ResponseAction? Action, [property: MaxLength(2000)] string? Notes);
