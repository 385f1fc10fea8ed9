namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>Where a case came from.</summary>
public enum CaseSource
{
    /// <summary>Recorded in Bluehelm (by a conduct officer or the public form).</summary>
    Live = 0,

    /// <summary>Imported from the UN's public table of allegations (history).</summary>
    PublicTable = 1,
}
