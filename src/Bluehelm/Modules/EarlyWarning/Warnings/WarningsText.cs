namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Marker for the strings of the module's warnings (WarningsText.resx, WarningsText.fr.resx).</summary>
public sealed class WarningsText;
