namespace Bluehelm.Platform.Modules;

/// <summary>
/// One source on the "About the data" page: a heading, what Bluehelm uses it for (a key in the
/// module's resources), and the reference to cite, written as its authors ask (not translated).
/// </summary>
public sealed record DataCitation(string Heading, string UsageKey, Type Resource, string? Reference = null, int Order = 100);
