namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A victim's sex, as recorded.</summary>
public enum Sex
{
    Unknown = 0,
    Female = 1,
    Male = 2,
    Other = 3,
}
