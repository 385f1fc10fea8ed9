namespace Bluehelm.Modules.Alerts;

/// <summary>Why a command was refused; the API turns it into a problem code, the pages into a message.</summary>
internal enum CommandError
{
    None = 0,
    NotFound,
    Forbidden,
    IllegalTransition,
    Conflict,
    UnknownUnit,
    InvalidTarget,

    /// <summary>The alert is closed: its responses take no more outcomes or notes.</summary>
    ResponseClosed,

    /// <summary>A closing act (false alarm, merge) asked on a page without the reason it must give.</summary>
    ReasonRequired,
}
