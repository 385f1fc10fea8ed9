namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>Where a case stands. Historical cases from the public table take the stage their row shows.</summary>
public enum CaseStage
{
    /// <summary>Reported, not yet assessed.</summary>
    Received = 0,

    /// <summary>Being assessed by the conduct team.</summary>
    Assessment = 1,

    /// <summary>Referred to the member state, waiting for its answer.</summary>
    Referred = 2,

    /// <summary>Under investigation.</summary>
    Investigation = 3,

    /// <summary>Investigation concluded, actions being taken.</summary>
    Findings = 4,

    /// <summary>Closed.</summary>
    Closed = 5,
}
