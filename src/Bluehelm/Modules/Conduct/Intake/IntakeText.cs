namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>Marker type for the Intake part's strings (IntakeText.resx, IntakeText.fr.resx).</summary>
public sealed class IntakeText;
