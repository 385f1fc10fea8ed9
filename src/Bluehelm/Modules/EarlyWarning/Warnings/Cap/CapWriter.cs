using System.Text;
using System.Xml;
using Bluehelm.Modules.Alerts.Contracts;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Writes a warning as a CAP 1.2 message (OASIS Common Alerting Protocol 1.2, namespace
/// <see cref="Namespace"/>): the alert block, then one <c>info</c> block per language (en-US, fr-FR), each
/// with the same area. The order of elements is the schema's sequence; times are <see cref="CapTime"/>'s.
/// </summary>
internal static class CapWriter
{
    public const string Namespace = "urn:oasis:names:tc:emergency:cap:1.2";
    public const string MediaType = "application/cap+xml";

    /// <summary>The eventCode name under which Bluehelm writes its threat, so a Bluehelm reader knows it again.</summary>
    public const string ThreatCode = "bluehelm-threat";

    /// <summary>What makes one message of a warning besides the warning itself.</summary>
    internal sealed record Header(string Identifier, string Sender, DateTimeOffset Sent, CapMsgType MsgType, IReadOnlyList<string> References, string? Note, string? Web);

    public static string Write(Warning warning, Header header)
    {
        var text = new StringBuilder(4096);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("alert", Namespace);
            Element(xml, "identifier", header.Identifier);
            Element(xml, "sender", header.Sender);
            Element(xml, "sent", CapTime.Format(header.Sent));
            Element(xml, "status", "Actual");
            Element(xml, "msgType", header.MsgType.ToString());
            Element(xml, "source", "Bluehelm " + warning.MissionCode);
            Element(xml, "scope", warning.Scope.ToString());
            if (warning.Scope == CapScope.Restricted)
            {
                Element(xml, "restriction", WarningWords.Get("cap.restriction", "en", warning.MissionCode));
            }
            else if (warning.Scope == CapScope.Private)
            {
                Element(xml, "addresses", warning.MissionCode);
            }

            if (header.Note is { Length: > 0 } note)
            {
                Element(xml, "note", note);
            }

            if (header.References.Count > 0)
            {
                Element(xml, "references", string.Join(' ', header.References));
            }

            Info(xml, warning, header, "en-US", warning.HeadlineEn, warning.DescriptionEn, warning.InstructionEn);
            Info(xml, warning, header, "fr-FR", warning.HeadlineFr, warning.DescriptionFr, warning.InstructionFr);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    private static void Info(XmlWriter xml, Warning w, Header header, string language, string headline, string description, string? instruction)
    {
        var lang = language[..2];
        xml.WriteStartElement("info", Namespace);
        Element(xml, "language", language);
        Element(xml, "category", "Security");
        Element(xml, "event", WarningWords.Get("cap.event", lang, WarningWords.Threat(w.ThreatType, lang)));
        Element(xml, "urgency", w.Urgency.ToString());
        Element(xml, "severity", w.Severity.ToString());
        Element(xml, "certainty", w.Certainty.ToString());
        xml.WriteStartElement("eventCode", Namespace);
        Element(xml, "valueName", ThreatCode);
        Element(xml, "value", WarningWords.Kebab(w.ThreatType));
        xml.WriteEndElement();
        if (w.Onset is { } onset)
        {
            Element(xml, "onset", CapTime.Format(onset));
        }

        Element(xml, "expires", CapTime.Format(w.Expires));
        Element(xml, "senderName", w.MissionCode);
        Element(xml, "headline", headline);
        Element(xml, "description", description);
        if (!string.IsNullOrWhiteSpace(instruction))
        {
            Element(xml, "instruction", instruction);
        }

        if (header.Web is { } web)
        {
            Element(xml, "web", web);
        }

        xml.WriteStartElement("area", Namespace);
        Element(xml, "areaDesc", w.AreaDesc);
        if (w.Polygon is { } polygon)
        {
            Element(xml, "polygon", polygon);
        }

        if (w.Circle is { } circle)
        {
            Element(xml, "circle", circle);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Element(XmlWriter xml, string name, string value) => xml.WriteElementString(name, Namespace, value);

    /// <summary>A StringWriter that says UTF-8, so the declaration does not claim UTF-16.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, System.Globalization.CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
