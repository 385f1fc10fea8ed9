namespace Bluehelm.Modules.Conduct;

/// <summary>Marker type for the Conduct module's strings (ConductText.resx, ConductText.fr.resx).</summary>
public sealed class ConductText;
