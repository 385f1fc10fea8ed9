namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>The UN's two categories (and the rows it could not place).</summary>
public enum AllegationCategory
{
    OtherUnknown = 0,
    SexualExploitation = 1,
    SexualAbuse = 2,
}
