namespace Bluehelm.Modules.EarlyWarning.Hotspots.Engine;

/// <summary>
/// DBSCAN's answer, in input order: the cluster of each point (0, 1, ... in order of the first core
/// point of each cluster by input index; -1 for noise) and whether it is a core point.
/// </summary>
internal sealed record DbscanResult(int[] Labels, bool[] IsCore, int ClusterCount);
