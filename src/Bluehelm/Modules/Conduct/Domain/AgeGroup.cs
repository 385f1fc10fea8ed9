namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A victim's age group.</summary>
public enum AgeGroup
{
    Unknown = 0,
    /// <summary>Under 18 at the time.</summary>
    Child = 1,

    Adult = 2,
}
