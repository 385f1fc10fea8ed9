using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Bluehelm.Modules.Alerts.Contracts;
using Bluehelm.Modules.EarlyWarning.Warnings;

namespace Bluehelm.Tests.Warnings;

/// <summary>The CAP fixtures of this folder, the OASIS schema read from data/reference (not the application's copy), and a sample warning.</summary>
internal static class CapFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "Bluehelm.Tests", "Warnings", "Files");

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Folder, name));

    /// <summary>Every schema error of <paramref name="xml"/> against data/reference/cap12.xsd.</summary>
    public static List<string> SchemaErrors(string xml)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.Add(CapWriter.Namespace, Path.Combine(RepoPaths.ReferenceData, "cap12.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}:{e.Exception?.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static XElement Root(string xml) => XDocument.Parse(xml).Root!;

    public static XName Cap(string name) => XName.Get(name, CapWriter.Namespace);

    public static Warning Sample(CapScope scope = CapScope.Public) => new()
    {
        MissionId = Guid.CreateVersion7(),
        MissionCode = "MINUSCA",
        ThreatType = ThreatType.AttackOnCivilians,
        Urgency = CapUrgency.Expected,
        Severity = CapSeverity.Severe,
        Certainty = CapCertainty.Likely,
        Scope = scope,
        HeadlineEn = "Attacks on civilians likely around Bambari",
        HeadlineFr = "Attaques probables contre des civils autour de Bambari",
        DescriptionEn = "Armed elements gathering east of Bambari <&> \"quoted\".",
        DescriptionFr = "Des éléments armés se regroupent à l'est de Bambari.",
        InstructionEn = "Avoid the Ippy road.",
        InstructionFr = "Évitez l'axe d'Ippy.",
        AreaDesc = "Bambari",
        Polygon = "5.6,20.5 5.6,20.85 5.9,20.85 5.9,20.5 5.6,20.5",
        Circle = "5.76,20.67 12.5",
        Onset = new DateTimeOffset(2026, 12, 1, 7, 2, 0, TimeSpan.Zero),
        Expires = new DateTimeOffset(2026, 12, 3, 7, 0, 0, TimeSpan.Zero),
        AuthorName = "author",
    };
}
