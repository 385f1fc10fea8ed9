namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>How a cell's Gi* z-score reads.</summary>
internal enum GiClass
{
    NotSignificant,
    Hot90,
    Hot95,
    Hot99,
    Cold,
}
