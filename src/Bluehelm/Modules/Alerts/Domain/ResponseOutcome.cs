namespace Bluehelm.Modules.Alerts;

/// <summary>How a response ended.</summary>
public enum ResponseOutcome
{
    CiviliansProtected = 1,
    HarmNotPrevented = 2,
    NoThreatFound = 3,
    AccessDenied = 4,
    Other = 5,
}
