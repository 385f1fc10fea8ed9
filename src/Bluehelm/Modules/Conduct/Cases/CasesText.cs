namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>Marker type for the Cases part's strings (CasesText.resx, CasesText.fr.resx).</summary>
public sealed class CasesText;
