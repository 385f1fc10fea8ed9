using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>Who investigates and for how many days (null while pending or when no investigation applies).</summary>
internal sealed record InvestigationCellValue(InvestigatingEntity Entity, int? Days);

/// <summary>
/// The <c>Investigation (days)</c> column: <c>UN OIOS (125)</c>, <c>TCC/OIOS (Pending)</c>,
/// <c>TCC (90)</c>, <c>UN Mission (30)</c>, <c>UN Review (N/A)</c>, <c>For Information (N/A)</c>,
/// <c>Non-UN (…)</c>, <c>Host State (…)</c>, <c>PCC (…)</c>, <c>Pending (Pending)</c>.
/// </summary>
internal static partial class InvestigationCell
{
    private static readonly Dictionary<string, InvestigatingEntity> Entities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UN OIOS"] = InvestigatingEntity.Oios,
        ["OIOS"] = InvestigatingEntity.Oios,
        ["TCC"] = InvestigatingEntity.MemberState,
        ["PCC"] = InvestigatingEntity.MemberState,
        ["TCC/PCC"] = InvestigatingEntity.MemberState,
        ["Member State"] = InvestigatingEntity.MemberState,
        ["TCC/OIOS"] = InvestigatingEntity.Joint,
        ["PCC/OIOS"] = InvestigatingEntity.Joint,
        ["OIOS/TCC"] = InvestigatingEntity.Joint,
        ["UN Mission"] = InvestigatingEntity.Mission,
        ["Mission"] = InvestigatingEntity.Mission,
        ["UN Review"] = InvestigatingEntity.UnReview,
        ["For Information"] = InvestigatingEntity.ForInformation,
        ["Non-UN"] = InvestigatingEntity.NonUn,
        ["Host State"] = InvestigatingEntity.NonUn,
        ["Pending"] = InvestigatingEntity.NotAssigned,
    };

    public static InvestigationCellValue Parse(string? cell)
    {
        var text = CellText.Clean(cell);
        if (text.Length == 0)
        {
            return new InvestigationCellValue(InvestigatingEntity.NotAssigned, null);
        }

        var m = InvestigationForm().Match(text);
        if (!m.Success || !Entities.TryGetValue(SlashSpace().Replace(m.Groups["who"].Value.Trim(), "/"), out var entity))
        {
            throw new CellException("investigation.invalid");
        }

        var days = m.Groups["days"].Value.Trim();
        if (days.Length == 0 || CellText.Is(days, "Pending") || CellText.IsNotApplicable(days))
        {
            return new InvestigationCellValue(entity, null);
        }

        return new InvestigationCellValue(entity, CellText.ParseCount(days));
    }

    [GeneratedRegex(@"^(?<who>[^()]+?)\s*(?:\((?<days>[^()]*)\))?$")]
    private static partial Regex InvestigationForm();

    [GeneratedRegex(@"\s*/\s*")]
    private static partial Regex SlashSpace();
}
