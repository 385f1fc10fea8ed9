namespace Bluehelm.Modules.Incidents.Import;

/// <summary>Marker for the strings of event imports (ImportText.resx, ImportText.fr.resx): the upload page and the GED reader's problem codes.</summary>
public sealed class ImportText;
