using System.Xml;
using System.Xml.Schema;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>
/// The OASIS CAP 1.2 schema (data/reference/cap12.xsd, embedded), compiled once. It is itself read with
/// no resolver: it imports nothing, and nothing is fetched.
/// </summary>
internal static class CapSchema
{
    public const string ResourceName = "Bluehelm.Modules.EarlyWarning.Warnings.cap12.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Set => Compiled.Value;

    private static XmlSchemaSet Load()
    {
        using var stream = typeof(CapSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException(ResourceName + " is not embedded.");
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var set = new XmlSchemaSet { XmlResolver = null };
        set.Add(XmlSchema.Read(reader, null)!);
        set.Compile();
        return set;
    }
}
