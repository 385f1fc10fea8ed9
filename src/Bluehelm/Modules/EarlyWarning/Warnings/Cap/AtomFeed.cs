using System.Text;
using System.Xml;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The active warnings as an Atom 1.0 feed (RFC 4287), the way alerting agencies publish CAP: one entry per
/// warning, its title and summary in the reader's language, linking to its latest CAP document
/// (<c>application/cap+xml</c>) and to its page.
/// </summary>
internal static class AtomFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";
    public const string MediaType = "application/atom+xml";

    public static string Write(IReadOnlyList<Warning> warnings, string baseUrl, string host, string language, DateTimeOffset now)
    {
        var text = new StringBuilder(2048);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true };
        using (var xml = XmlWriter.Create(new StringWriter(text, System.Globalization.CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, language);
            xml.WriteElementString("id", Namespace, "tag:" + host + ",2026:bluehelm:warnings");
            xml.WriteElementString("title", Namespace, WarningWords.Get("feed.title", language));
            var updated = warnings.Select(w => w.Latest?.Sent).OfType<DateTimeOffset>().DefaultIfEmpty(CapTime.Truncate(now)).Max();
            xml.WriteElementString("updated", Namespace, CapTime.Format(updated));
            Link(xml, "self", MediaType, baseUrl + "/feeds/warnings.atom");
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, "Bluehelm");
            xml.WriteEndElement();
            foreach (var w in warnings)
            {
                var latest = w.Latest!;
                var french = language.StartsWith("fr", StringComparison.Ordinal);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, "urn:uuid:" + w.Id.ToString());
                xml.WriteElementString("title", Namespace, french ? w.HeadlineFr : w.HeadlineEn);
                xml.WriteElementString("published", Namespace, CapTime.Format(w.Messages.Min(m => m.Sent)));
                xml.WriteElementString("updated", Namespace, CapTime.Format(latest.Sent));
                xml.WriteStartElement("author", Namespace);
                xml.WriteElementString("name", Namespace, w.MissionCode);
                xml.WriteEndElement();
                xml.WriteStartElement("category", Namespace);
                xml.WriteAttributeString("term", WarningWords.Kebab(w.ThreatType));
                xml.WriteAttributeString("label", WarningWords.Threat(w.ThreatType, language));
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Namespace);
                xml.WriteString(french ? w.DescriptionFr : w.DescriptionEn);
                xml.WriteEndElement();
                Link(xml, "alternate", CapWriter.MediaType, baseUrl + "/api/v1/warnings/" + w.Id.ToString() + "/cap");
                Link(xml, "related", "text/html", baseUrl + "/warnings/" + w.Id.ToString());
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
