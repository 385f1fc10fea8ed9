namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// CAP 1.2 <c>scope</c> (§3.2.1). Public warnings are in the anonymous feed; Restricted ones go to the
/// mission's staff (the message's <c>restriction</c> says so); Private ones to the addresses named (the mission).
/// </summary>
public enum CapScope
{
    Public = 1,
    Restricted = 2,
    Private = 3,
}
