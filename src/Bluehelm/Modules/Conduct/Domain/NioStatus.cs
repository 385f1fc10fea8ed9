namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>Whether the member state appointed a national investigation officer.</summary>
public enum NioStatus
{
    NotApplicable = 0,
    Yes = 1,
    /// <summary>No answer from the member state.</summary>
    NoResponse = 2,

    /// <summary>The member state declined.</summary>
    Declined = 3,

    Pending = 4,
}
