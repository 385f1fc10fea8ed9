namespace Bluehelm.Modules.Alerts;

/// <summary>A town or village with exact coordinates, from the UCDP Georeferenced Event Dataset.</summary>
internal sealed record Locality(string CountryIso2, string Name, string Kind, double Latitude, double Longitude, int Events);
