using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// Reads CAP 1.2 from other alerting systems, safely: no DTD (so no entity expansion, "billion laughs",
/// and no external entity: nothing is fetched from the network or read from disk, there is no resolver),
/// at most <see cref="MaxBytes"/>, the encoding its declaration names (ISO-8859-1 included), validated
/// against the OASIS schema with every error kept with its line and position. An enveloped XML-DSig
/// <c>Signature</c> (allowed by the schema at the end of <c>alert</c>) is accepted and noted, NOT verified.
/// </summary>
internal static class CapReader
{
    public const int MaxBytes = 1024 * 1024;

    private const string DsigNamespace = "http://www.w3.org/2000/09/xmldsig#";

    private static readonly XNamespace Cap = CapWriter.Namespace;

    public static CapReadResult Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return CapReadResult.Refused("too-large");
        }

        var problems = new List<CapProblem>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxBytes,
            MaxCharactersFromEntities = 1024,
            ValidationType = ValidationType.Schema,
            Schemas = CapSchema.Set,
            ValidationFlags = XmlSchemaValidationFlags.None,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && problems.Count < 100)
            {
                problems.Add(new CapProblem(e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, e.Message));
            }
        };

        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            var doctype = Doctype(bytes);
            return doctype is { } at
                ? CapReadResult.Refused("dtd-prohibited", new CapProblem(at.Line, at.Position, "A DTD (<!DOCTYPE>) is not allowed in CAP: no entities are expanded and nothing is fetched."))
                : CapReadResult.Refused("malformed-xml", new CapProblem(e.LineNumber, e.LinePosition, e.Message));
        }

        var root = doc.Root!;
        if (root.Name != Cap + "alert")
        {
            return CapReadResult.Refused("invalid-cap", new CapProblem(Line(root), Position(root), "The root element is not a CAP 1.2 alert ({" + CapWriter.Namespace + "}alert)."));
        }

        var identifier = Text(root, "identifier") ?? "";
        var sender = Text(root, "sender") ?? "";
        CheckName(root, "identifier", identifier, problems);
        CheckName(root, "sender", sender, problems);
        if (problems.Count > 0)
        {
            return new CapReadResult(null, "invalid-cap", problems, null);
        }

        CapTime.TryParse(Text(root, "sent"), out var sentAt);
        var sent = sentAt.ToUniversalTime();
        var infos = root.Elements(Cap + "info").ToList();
        var info = infos.FirstOrDefault();
        var areas = infos.SelectMany(i => i.Elements(Cap + "area")).ToList();
        var (lat, lon) = PointOf(areas);
        var threat = info?.Elements(Cap + "eventCode")
            .FirstOrDefault(c => string.Equals(Text(c, "valueName"), CapWriter.ThreatCode, StringComparison.Ordinal)) is { } code ? Text(code, "value") : null;
        var document = new CapDocument(
            identifier, sender, sent, Text(root, "status") ?? "", Text(root, "msgType") ?? "", Text(root, "scope") ?? "",
            Clip(Text(info, "headline") ?? Text(info, "event") ?? "", 400)!, Clip(Text(info, "description"), 4000), Text(info, "language") ?? (info is null ? null : "en-US"),
            Text(info, "urgency") ?? "", Text(info, "severity") ?? "", Text(info, "certainty") ?? "",
            Clip(areas.Select(a => Text(a, "areaDesc")).FirstOrDefault(), 400), lat, lon, infos.Count, areas.Count,
            root.Elements(XName.Get("Signature", DsigNamespace)).Any(), threat);
        return new CapReadResult(document, null, [], Decode(bytes, doc.Declaration?.Encoding));
    }

    /// <summary>The first area's point: its first polygon's centroid, else its first circle's centre (a geocode alone gives none).</summary>
    private static (double?, double?) PointOf(List<XElement> areas)
    {
        foreach (var area in areas)
        {
            foreach (var polygon in area.Elements(Cap + "polygon"))
            {
                if (WarningArea.ParsePolygon(polygon.Value, []) is { } points)
                {
                    var c = WarningArea.FromPolygon(points).Centre;
                    return (c.Lat, c.Lon);
                }
            }

            foreach (var circle in area.Elements(Cap + "circle"))
            {
                if (WarningArea.ParseCircle(circle.Value, []) is { } c)
                {
                    return (c.Lat, c.Lon);
                }
            }
        }

        return (null, null);
    }

    /// <summary>CAP 1.2 §3.2.1: identifier and sender carry no spaces, commas or the restricted characters &lt; and &amp;.</summary>
    private static void CheckName(XElement root, string name, string value, List<CapProblem> problems)
    {
        if (value.Length == 0 || value.Any(c => char.IsWhiteSpace(c) || c is ',' or '<' or '&'))
        {
            var element = root.Element(Cap + name);
            problems.Add(new CapProblem(Line(element), Position(element), $"CAP 1.2 §3.2.1: <{name}> must be present and contain no spaces, commas, '<' or '&'."));
        }
    }

    private static string? Text(XElement? parent, string name) => parent?.Element(Cap + name)?.Value.Trim() is { Length: > 0 } v ? v : null;

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];

    private static int Line(XElement? e) => e is IXmlLineInfo i && i.HasLineInfo() ? i.LineNumber : 0;

    private static int Position(XElement? e) => e is IXmlLineInfo i && i.HasLineInfo() ? i.LinePosition : 0;

    private static string Decode(byte[] bytes, string? encoding)
    {
        Encoding chosen;
        try
        {
            chosen = encoding is null ? Encoding.UTF8 : Encoding.GetEncoding(encoding);
        }
        catch (ArgumentException)
        {
            chosen = Encoding.UTF8;
        }

        using var reader = new StreamReader(new MemoryStream(bytes), chosen, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Where a DOCTYPE is in the document (ASCII-compatible bytes or UTF-16), so its refusal says why and where.</summary>
    private static (int Line, int Position)? Doctype(byte[] bytes)
    {
        ReadOnlySpan<byte> span = bytes;
        foreach (var (pattern, width) in new[] { ("<!DOCTYPE"u8.ToArray(), 1), (Encoding.Unicode.GetBytes("<!DOCTYPE"), 2), (Encoding.BigEndianUnicode.GetBytes("<!DOCTYPE"), 2) })
        {
            var at = span.IndexOf(pattern);
            if (at >= 0)
            {
                var before = span[..at];
                var newline = width == 1 ? "\n"u8.ToArray() : Encoding.Unicode.GetBytes("\n");
                var lines = before.Count(newline) + 1;
                var last = before.LastIndexOf(newline);
                return (lines, ((at - (last < 0 ? 0 : last + newline.Length)) / width) + 1);
            }
        }

        return null;
    }
}
