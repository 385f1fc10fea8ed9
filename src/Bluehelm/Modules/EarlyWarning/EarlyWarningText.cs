namespace Bluehelm.Modules.EarlyWarning;

/// <summary>Marker for the Early warning module's shared strings (EarlyWarningText.resx, EarlyWarningText.fr.resx).</summary>
public sealed class EarlyWarningText;
