namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>CAP 1.2 <c>severity</c> (OASIS CAP 1.2, §3.2.2): the names are the standard's values.</summary>
public enum CapSeverity
{
    Extreme = 1,
    Severe = 2,
    Moderate = 3,
    Minor = 4,
    Unknown = 5,
}
