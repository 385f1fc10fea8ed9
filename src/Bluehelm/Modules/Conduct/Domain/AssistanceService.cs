namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A service given to a victim.</summary>
public enum AssistanceService
{
    Medical = 0,
    Psychosocial = 1,
    Legal = 2,
    Material = 3,
    Education = 4,
    Other = 5,
}
