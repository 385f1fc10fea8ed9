namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Where a warning is: a draft awaiting a second person's approval; issued (its latest CAP message is an
/// Alert or an Update); an edit of an issued warning awaiting approval (the issued version stays in force);
/// cancelled (a CAP Cancel was issued).
/// </summary>
public enum WarningStatus
{
    Draft = 1,
    Issued = 2,
    UpdateDrafted = 3,
    Cancelled = 4,
}
