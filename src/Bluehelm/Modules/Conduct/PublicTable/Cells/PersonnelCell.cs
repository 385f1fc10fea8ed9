using System.Text.RegularExpressions;
using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.PublicTable.Cells;

/// <summary>One line of <c>Personnel Type</c>: the category, the source's words for it, and how many personnel.</summary>
internal sealed record PersonnelLine(PersonnelCategory Category, string CategoryText, int Count);

/// <summary>
/// The <c>Personnel Type</c> column: lines <c>Military (MC),6</c>, <c>Police (FPU),2</c>,
/// <c>Civilian ((Legacy) Daily Casual Workers),1</c>; a line without a number names one person. The
/// words inside the parentheses are the UN's sub-category, mapped to <see cref="PersonnelCategory"/>;
/// one the map does not know becomes Other with its words kept.
/// </summary>
internal static partial class PersonnelCell
{
    private static readonly Dictionary<string, PersonnelCategory> Categories = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MC"] = PersonnelCategory.MilitaryContingent,
        ["Contingent"] = PersonnelCategory.MilitaryContingent,
        ["Staff Officer"] = PersonnelCategory.StaffOfficerOrObserver,
        ["MO"] = PersonnelCategory.StaffOfficerOrObserver,
        ["Military Observer"] = PersonnelCategory.StaffOfficerOrObserver,
        ["FPU"] = PersonnelCategory.FormedPolice,
        ["UNPOL"] = PersonnelCategory.IndividualPolice,
        ["IPO"] = PersonnelCategory.IndividualPolice,
        ["GPP"] = PersonnelCategory.Corrections,
        ["INT"] = PersonnelCategory.CivilianStaff,
        ["NS"] = PersonnelCategory.CivilianStaff,
        ["UNV"] = PersonnelCategory.UnVolunteer,
        ["Contractor"] = PersonnelCategory.ContractorOrVendor,
        ["Vendor Employee"] = PersonnelCategory.ContractorOrVendor,
        ["Daily Casual Workers"] = PersonnelCategory.ContractorOrVendor,
        ["Individual Contractor"] = PersonnelCategory.ContractorOrVendor,
    };

    private static readonly string[] Groups = ["Military", "Police", "Civilian", "Other", "Unknown"];

    public static IReadOnlyList<PersonnelLine> Parse(string? cell)
    {
        var lines = CellText.Lines(cell);
        return lines.Count == 0 ? throw new CellException("personnel.required") : [.. lines.Select(Line)];
    }

    private static PersonnelLine Line(string line)
    {
        var m = PersonnelLineForm().Match(line);
        if (!m.Success || !Groups.Any(g => CellText.Is(g, m.Groups["group"].Value)))
        {
            throw new CellException("personnel.invalid");
        }

        if (line.Length > 120)
        {
            throw new CellException("personnel.invalid");
        }

        var count = m.Groups["n"].Success ? CellText.ParseCount(m.Groups["n"].Value) : 1;
        var group = m.Groups["group"].Value;
        var sub = m.Groups["sub"].Success ? CellText.Clean(m.Groups["sub"].Value) : "";
        var key = LegacyMark().Replace(sub, "").Trim();
        var category = Categories.GetValueOrDefault(key, PersonnelCategory.Other);
        return new PersonnelLine(category, sub.Length == 0 ? group : group + " (" + sub + ")", count);
    }

    // "Military (MC),6": the sub-category may itself hold parentheses ("(Legacy) Daily Casual Workers").
    [GeneratedRegex(@"^(?<group>[A-Za-z]+)\s*(?:\((?<sub>.*)\))?\s*(?:,\s*(?<n>\d+))?$")]
    private static partial Regex PersonnelLineForm();

    [GeneratedRegex(@"^\s*[\(\[]\s*Legacy\s*[\)\]]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex LegacyMark();
}
