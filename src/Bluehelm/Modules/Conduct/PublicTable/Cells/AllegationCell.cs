using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>One line of <c>Allegation</c>: the UN's category and sub-type, and the line as written.</summary>
internal sealed record AllegationLine(AllegationCategory Category, AllegationType Type, string SourceText);

/// <summary>
/// The <c>Allegation</c> column: lines <c>SE (Transactional sex)</c>, <c>SA (Rape)</c>,
/// <c>SA ([Legacy] Sexual activity with minor)</c>. SE is sexual exploitation, SA sexual abuse. A
/// sub-type the map does not know is Other with the line kept (later editions rename sub-types); an
/// unknown category is an error.
/// </summary>
internal static partial class AllegationCell
{
    private static readonly Dictionary<string, AllegationType> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Transactional sex"] = AllegationType.TransactionalSex,
        ["Soliciting transactional sex"] = AllegationType.SolicitingTransactionalSex,
        ["Solicitation of transactional sex"] = AllegationType.SolicitingTransactionalSex,
        ["Attempted transactional sex"] = AllegationType.AttemptedTransactionalSex,
        ["Exploitative relationship"] = AllegationType.ExploitativeRelationship,
        ["Rape"] = AllegationType.Rape,
        ["Attempted rape"] = AllegationType.AttemptedRape,
        ["Sexual assault"] = AllegationType.SexualAssault,
        ["Attempted sexual assault"] = AllegationType.AttemptedSexualAssault,
        ["Sexual activity with minor"] = AllegationType.SexualActivityWithMinor,
        ["Sexual activity with a minor"] = AllegationType.SexualActivityWithMinor,
        ["Other"] = AllegationType.Other,
        ["Unknown"] = AllegationType.Unknown,
    };

    public static IReadOnlyList<AllegationLine> Parse(string? cell) => [.. CellText.Lines(cell).Select(Line)];

    private static AllegationLine Line(string line)
    {
        var m = AllegationLineForm().Match(line);
        if (!m.Success)
        {
            throw new CellException("allegation.invalid");
        }

        var category = m.Groups["cat"].Value.ToUpperInvariant() switch
        {
            "SE" => AllegationCategory.SexualExploitation,
            "SA" => AllegationCategory.SexualAbuse,
            "OTHER" or "UNKNOWN" => AllegationCategory.OtherUnknown,
            _ => throw new CellException("allegation.invalid"),
        };
        var type = m.Groups["type"].Success ? LegacyMark().Replace(CellText.Clean(m.Groups["type"].Value), "").Trim() : "";
        return new AllegationLine(category, type.Length == 0 ? AllegationType.Unknown : Types.GetValueOrDefault(type, AllegationType.Other), line);
    }

    [GeneratedRegex(@"^(?<cat>[A-Za-z]+)\s*(?:\((?<type>.*)\))?$")]
    private static partial Regex AllegationLineForm();

    [GeneratedRegex(@"^\s*\[\s*Legacy\s*\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyMark();
}
