namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>Who investigates.</summary>
public enum InvestigatingEntity
{
    /// <summary>Pending assignment.</summary>
    NotAssigned = 0,

    /// <summary>UN Office of Internal Oversight Services.</summary>
    Oios = 1,

    /// <summary>The troop or police contributor (TCC/PCC).</summary>
    MemberState = 2,

    /// <summary>The contributor and OIOS together.</summary>
    Joint = 3,

    /// <summary>The mission itself.</summary>
    Mission = 4,

    /// <summary>A UN review, no investigation.</summary>
    UnReview = 5,

    /// <summary>Recorded for information only.</summary>
    ForInformation = 6,

    /// <summary>An entity outside the UN (host state, other).</summary>
    NonUn = 7,
}
