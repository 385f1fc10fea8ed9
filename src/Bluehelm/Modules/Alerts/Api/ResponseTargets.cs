using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Alerts;

/// <summary>Minutes within which alerts of each severity must be dispatched, for one mission.</summary>
public sealed record ResponseTargets(
    [property: Range(5, 20_160)] int Critical,
    [property: Range(5, 20_160)] int High,
    [property: Range(5, 20_160)] int Medium,
    [property: Range(5, 20_160)] int Low);
