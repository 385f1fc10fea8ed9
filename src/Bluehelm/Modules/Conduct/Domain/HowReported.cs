namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>How an allegation reached the UN.</summary>
public enum HowReported
{
    Unknown = 0,
    /// <summary>In person to the conduct team or a focal point.</summary>
    InPerson = 1,

    /// <summary>By telephone hotline.</summary>
    Hotline = 2,

    /// <summary>A community-based complaint mechanism.</summary>
    CommunityComplaintMechanism = 3,

    /// <summary>By e-mail or letter.</summary>
    Email = 4,

    /// <summary>Bluehelm's anonymous public form.</summary>
    AnonymousForm = 5,

    /// <summary>Referred by an agency, NGO or the host authorities.</summary>
    Referral = 6,

    /// <summary>Media report.</summary>
    Media = 7,

    Other = 8,
}
