using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.PublicTable.Cells;

namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>Writes a table row onto a historical case: its fields, and its lists replaced by the row's.</summary>
internal static class TableCaseWriter
{
    public static void Fill(ConductCase c, TableRow row, Guid missionId, Guid importId, DateTimeOffset now)
    {
        c.MissionId = missionId;
        c.MissionCode = row.Mission;
        c.Source = CaseSource.PublicTable;
        c.Stage = row.Stage;
        c.ReportedOn = row.Reported.On;
        c.ReportedPrecision = row.Reported.Precision;
        c.ReportedYear = row.Reported.Year;
        c.IncidentFrom = row.Incident.From;
        c.IncidentFromPrecision = row.Incident.FromPrecision;
        c.IncidentTo = row.Incident.To;
        c.IncidentToPrecision = row.Incident.ToPrecision;
        c.HowReported = HowReported.Unknown;
        c.Urgent = row.Victims.Any(v => v.AgeGroup == AgeGroup.Child);
        c.PaternityClaimed = row.PaternityClaimed;
        c.PaternityEstablished = row.PaternityEstablished;
        c.NioAppointed = row.Nio;
        c.InvestigatingEntity = row.Investigation.Entity;
        c.InvestigationDays = row.Investigation.Days;
        c.Finding = row.Result.Finding;
        c.FindingText = FindingText(row.Result);
        c.CriminalReferral = row.CriminalReferral;
        c.ImportId = importId;
        c.SourceRow = row.ExcelRow;
        c.SourceKey = row.SourceKey;
        c.ContentHash = row.ContentHash;
        c.UpdatedAt = now;

        c.Subjects.Clear();
        c.Subjects.AddRange(row.Subjects.Select(s => new CaseSubject
        {
            CaseId = c.Id,
            Count = s.Personnel.Count,
            Category = s.Personnel.Category,
            CategoryText = s.Personnel.CategoryText,
            NationalityIso2 = s.Nationality?.Iso2,
            NationalityText = s.Nationality?.Text,
        }));
        c.Victims.Clear();
        c.Victims.AddRange(row.Victims.Select(v => new CaseVictim { CaseId = c.Id, Count = v.Count, AgeGroup = v.AgeGroup, Sex = Sex.Unknown }));
        c.Allegations.Clear();
        c.Allegations.AddRange(row.Allegations.Select(a => new CaseAllegation { CaseId = c.Id, Category = a.Category, Type = a.Type, SourceText = a.SourceText }));
        c.Measures.Clear();
        c.Measures.AddRange(row.Interim.Select(m => new CaseMeasure { CaseId = c.Id, By = m.By, Kind = m.Kind, Count = m.Count, SourceText = m.SourceText }));
        c.Actions.Clear();
        c.Actions.AddRange(row.Final.Select(a => new CaseAction { CaseId = c.Id, By = a.By, Kind = a.Kind, Count = a.Count, SourceText = a.SourceText }));
    }

    /// <summary>Every line of the result as written, one after another; shortened to the column's 300 characters.</summary>
    private static string? FindingText(ResultCellValue result)
    {
        if (result.Lines.Count == 0)
        {
            return null;
        }

        var text = string.Join("; ", result.Lines);
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}
