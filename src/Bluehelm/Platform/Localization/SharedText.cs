namespace Bluehelm.Platform.Localization;

/// <summary>Marker for the platform's shared strings (layout, sign-in, errors).</summary>
public sealed class SharedText;
