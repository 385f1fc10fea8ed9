namespace Bluehelm.Modules.Missions.Import;

/// <summary>What an import did.</summary>
public sealed record GeoPkoImportResult(int Missions, int Sites, int Deployments, int UnitTypes, int Contributors, int StrengthMonths, int Created, int Updated);
