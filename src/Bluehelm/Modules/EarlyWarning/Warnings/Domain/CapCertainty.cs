namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>CAP 1.2 <c>certainty</c> (OASIS CAP 1.2, §3.2.2): the names are the standard's values.</summary>
public enum CapCertainty
{
    Observed = 1,
    Likely = 2,
    Possible = 3,
    Unlikely = 4,
    Unknown = 5,
}
