namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>CAP 1.2 <c>urgency</c> (OASIS CAP 1.2, §3.2.2): the names are the standard's values, written as they are.</summary>
public enum CapUrgency
{
    Immediate = 1,
    Expected = 2,
    Future = 3,
    Past = 4,
    Unknown = 5,
}
