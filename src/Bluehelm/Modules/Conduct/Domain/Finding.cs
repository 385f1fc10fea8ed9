namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>What an investigation found.</summary>
public enum Finding
{
    Pending = 0,
    Substantiated = 1,
    Unsubstantiated = 2,
    /// <summary>Closed without a finding (subject died, incomplete).</summary>
    Closed = 3,
}
