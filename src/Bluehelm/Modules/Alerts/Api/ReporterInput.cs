using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>The reporter of an alert: optional, anonymous allowed, protected.</summary>
public sealed record ReporterInput([property: MaxLength(200)] string? Name, [property: MaxLength(32)] string? Phone);
