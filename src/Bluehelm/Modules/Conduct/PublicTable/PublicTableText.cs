namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>Marker type for the PublicTable part's strings (PublicTableText.resx, PublicTableText.fr.resx).</summary>
public sealed class PublicTableText;
