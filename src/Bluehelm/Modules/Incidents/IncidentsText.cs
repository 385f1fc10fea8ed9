namespace Bluehelm.Modules.Incidents;

/// <summary>Marker for the Incidents module's strings (IncidentsText.resx, IncidentsText.fr.resx).</summary>
public sealed class IncidentsText;
