using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Conduct.Intake;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Sealing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Intake;

/// <summary>
/// Cases written straight into the Conduct database, as the Cases part will record them: a subject's
/// identity sealed with its screening lookups (<see cref="ScreeningKeys.For"/>), victims, and
/// investigation detail that the advocate must never see.
/// </summary>
public static class ConductSeed
{
    /// <summary>Words that appear only in investigation detail: none may reach an advocate's page or JSON.</summary>
    public const string InvestigationWords = "Zebrafinch-finding";
    public const string UnitWords = "Zebrafinch-battalion";
    public const string PauseWords = "Zebrafinch-pause";

    /// <summary>A case with a subject of this identity and this finding; returns its reference.</summary>
    internal static async Task<string> SubjectCaseAsync(BluehelmApp app, string mission, Finding finding, string name, DateOnly? dateOfBirth, string? nationality, string? nationalId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<ISealer>();
        var missionRef = await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().FindAsync(mission, CancellationToken.None);
        var (nameLookup, idLookup) = ScreeningKeys.For(sealer, name, dateOfBirth, nationality, nationalId);
        var @case = NewCase(missionRef!, finding);
        @case.Subjects.Add(new CaseSubject
        {
            CaseId = @case.Id,
            Category = PersonnelCategory.MilitaryContingent,
            NationalityIso2 = nationality,
            IdentitySealed = sealer.Seal(JsonSerializer.Serialize(new { name, dateOfBirth, nationalId }), "conduct.subject"),
            NameLookup = nameLookup,
            NationalIdLookup = idLookup,
        });
        db.Add(@case);
        await db.SaveChangesAsync();
        return @case.Reference;
    }

    /// <summary>A case of the mission with two victim records and investigation detail; returns its id.</summary>
    internal static async Task<Guid> VictimCaseAsync(BluehelmApp app, string mission)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var missionRef = await scope.ServiceProvider.GetRequiredService<IMissionDirectory>().FindAsync(mission, CancellationToken.None);
        var @case = NewCase(missionRef!, Finding.Substantiated);
        @case.Stage = CaseStage.Investigation;
        @case.InvestigatingEntity = InvestigatingEntity.Oios;
        @case.FindingText = InvestigationWords;
        @case.Victims.Add(new CaseVictim { CaseId = @case.Id, Count = 1, AgeGroup = AgeGroup.Child, Sex = Sex.Female });
        @case.Victims.Add(new CaseVictim { CaseId = @case.Id, Count = 2, AgeGroup = AgeGroup.Adult, Sex = Sex.Female });
        @case.Subjects.Add(new CaseSubject { CaseId = @case.Id, Category = PersonnelCategory.FormedPolice, NationalityIso2 = "SN", Unit = UnitWords });
        @case.Pauses.Add(new InvestigationPause { CaseId = @case.Id, From = new DateOnly(2026, 3, 1), To = new DateOnly(2026, 3, 10), Reason = PauseWords });
        db.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }

    /// <summary>A service requested on 1 March 2026 for the case's victims; returns its id.</summary>
    internal static async Task<Guid> AssistanceAsync(BluehelmApp app, Guid caseId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var record = new VictimAssistance { CaseId = caseId, Service = AssistanceService.Medical, Provider = "Clinique de test", RequestedOn = new DateOnly(2026, 3, 1) };
        db.Add(record);
        await db.SaveChangesAsync();
        return record.Id;
    }

    private static ConductCase NewCase(MissionRef mission, Finding finding) => new()
    {
        Reference = "SEA-" + mission.Code + "-2026-T" + Random.Shared.Next(0, 999_999).ToString("D6", System.Globalization.CultureInfo.InvariantCulture),
        MissionId = mission.Id,
        MissionCode = mission.Code,
        Source = CaseSource.Live,
        Stage = CaseStage.Findings,
        ReportedOn = new DateOnly(2026, 2, 1),
        ReportedYear = 2026,
        HowReported = HowReported.InPerson,
        Finding = finding,
        CreatedAt = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero),
    };
}
