namespace Bluehelm.Modules.EarlyWarning.Forecasts;

/// <summary>Marker for the strings of the module's forecasts (ForecastsText.resx, ForecastsText.fr.resx).</summary>
public sealed class ForecastsText;
