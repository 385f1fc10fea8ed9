namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>Marker type for the Deadlines part's strings (DeadlinesText.resx, DeadlinesText.fr.resx).</summary>
public sealed class DeadlinesText;
