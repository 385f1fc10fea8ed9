namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>An action taken on a case, by the UN or by the member state.</summary>
public enum ActionKind
{
    Pending = 0,
    None = 1,
    Repatriation = 2,
    /// <summary>Barred from future service.</summary>
    Ban = 3,

    /// <summary>Dismissal, separation or termination.</summary>
    Dismissal = 4,

    Imprisonment = 5,
    FinancialSanction = 6,
    Demotion = 7,
    /// <summary>Action closed.</summary>
    Closed = 8,

    Other = 9,
}
