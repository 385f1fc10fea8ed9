using System.ComponentModel.DataAnnotations;

namespace Bluehelm.Modules.Missions;

/// <summary>Changes an administrator or the mission's POC adviser may make to a mission.</summary>
public sealed record UpdateMissionRequest(
    [property: Required, MaxLength(200)] string NameEn,
    [property: Required, MaxLength(200)] string NameFr,
    [property: Required, MaxLength(32), RegularExpression("^[a-z]{2}(,[a-z]{2})*$")] string WorkingLanguages,
    DateOnly? EndDate);
