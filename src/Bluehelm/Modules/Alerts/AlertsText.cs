namespace Bluehelm.Modules.Alerts;

/// <summary>Marker for the Alerts module's strings (AlertsText.resx, AlertsText.fr.resx).</summary>
public sealed class AlertsText;
