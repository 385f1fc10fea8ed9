namespace Bluehelm.Modules.Missions;

/// <summary>Marker for the Missions module's strings (MissionsText.resx, MissionsText.fr.resx).</summary>
public sealed class MissionsText;
