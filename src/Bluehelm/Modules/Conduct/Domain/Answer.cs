namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>A yes/no that may still be pending or may not apply (paternity established, referral for criminal accountability).</summary>
public enum Answer
{
    NotApplicable = 0,
    Yes = 1,
    No = 2,
    Pending = 3,
}
