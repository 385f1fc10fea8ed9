namespace Bluehelm.Modules.Conduct.Statistics;

/// <summary>Marker type for the Statistics part's strings (StatisticsText.resx, StatisticsText.fr.resx).</summary>
public sealed class StatisticsText;
