using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>The outcome of a response.</summary>
public sealed record OutcomeRequest([property: Required, EnumDataType(typeof(ResponseOutcome))] ResponseOutcome? Outcome, [property: MaxLength(2000)] string? Notes);
