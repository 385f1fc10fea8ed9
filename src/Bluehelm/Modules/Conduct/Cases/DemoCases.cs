using System.Security.Claims;
using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Sealing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>
/// A few live cases of the demo mission, with made-up sealed identities, so the board and the
/// member-state view show something: one received, one referred to Senegal (the demo delegation's),
/// one urgent and past its deadline, one with findings, one closed. Each is driven through the same
/// acts an officer uses; dates count back from today. A second run finds them and adds nothing.
/// </summary>
internal sealed class DemoCases(ConductDbContext db, ISealer sealer, IMissionDirectory missions, TimeProvider time, IOptions<ConductOptions> options)
{
    public const string KeyPrefix = "demo:";

    /// <summary>Every made-up sealed value of the demo (tests look for them where they must not be).</summary>
    public static readonly IReadOnlyList<string> SealedSamples =
    [
        "Amélie Kossi-Démo", "Grâce Ndoumba-Démo", "Ousmane Faye-Démo", "Clarisse Zoungoula-Démo", "Prosper Ngaba-Démo",
        "The demo narrative: a woman reported being offered food in exchange for sex near the camp gate.",
    ];

    public async Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        var mission = await missions.FindAsync("MINUSCA", ct);
        if (mission is null || await db.Set<ConductCase>().AnyAsync(c => c.IntakeKey != null && c.IntakeKey.StartsWith(KeyPrefix), ct))
        {
            return [];
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var context = new CommandContext(today, options.Value, sealer, new ClaimsPrincipal(new ClaimsIdentity()));
        var next = 1;
        var cases = new List<ConductCase>();

        ConductCase New(int daysAgo, bool urgent, AllegationCategory category, AllegationType type, SubjectInput subject, VictimInput victim, string? narrative = null)
        {
            var c = new ConductCase
            {
                Reference = "",
                MissionId = mission.Id,
                MissionCode = mission.Code,
                ReportedOn = today.AddDays(-daysAgo),
                ReportedYear = today.AddDays(-daysAgo).Year,
                IncidentFrom = today.AddDays(-daysAgo - 7),
                IncidentFromPrecision = DatePrecision.Day,
                HowReported = HowReported.CommunityComplaintMechanism,
                Urgent = urgent,
                NarrativeSealed = narrative is null ? null : sealer.Seal(narrative, CaseSeals.Narrative),
                ReporterSealed = CaseSeals.SealIdentity(sealer, CaseSeals.Reporter, ("name", SealedSamples[4]), ("contact", "+236 70 00 00 00")),
                IntakeKey = KeyPrefix + next++,
                CreatedAt = time.GetUtcNow(),
                UpdatedAt = time.GetUtcNow(),
                Version = 1,
            };
            c.Allegations.Add(new CaseAllegation { CaseId = c.Id, Category = category, Type = type });
            c.Subjects.Add(subject.ToSubject(c.Id, sealer));
            c.Victims.Add(victim.ToVictim(c.Id, sealer));
            cases.Add(c);
            return c;
        }

        void Act(ConductCase c, CaseCommand command)
        {
            if (command.Apply(c, context with { Today = today }) is { } refused)
            {
                throw new InvalidOperationException("Demo case act refused: " + refused);
            }
        }

        New(2, false, AllegationCategory.SexualExploitation, AllegationType.TransactionalSex,
            new SubjectInput(1, PersonnelCategory.CivilianStaff, null, null, null, null, null),
            new VictimInput(1, AgeGroup.Adult, Sex.Female, SealedSamples[0], "+236 75 11 22 33", "Bangui, PK5"), SealedSamples[5]);

        var referred = New(12, false, AllegationCategory.SexualExploitation, AllegationType.ExploitativeRelationship,
            new SubjectInput(1, PersonnelCategory.MilitaryContingent, "SN", "SENBATT (demo)", SealedSamples[2], new DateOnly(1990, 4, 12), "SN-1990-0412-D"),
            new VictimInput(1, AgeGroup.Adult, Sex.Female, SealedSamples[1], null, "Bria"));
        Act(referred, new AssessCase(false));
        Act(referred, new ReferCase(today.AddDays(-3)));

        var overdue = New(140, true, AllegationCategory.SexualAbuse, AllegationType.SexualActivityWithMinor,
            new SubjectInput(1, PersonnelCategory.FormedPolice, "BD", "FPU (demo)", null, null, null),
            new VictimInput(1, AgeGroup.Child, Sex.Female, SealedSamples[3], null, "Kaga-Bandoro"));
        Act(overdue, new AssessCase(true));
        Act(overdue, new StartInvestigation(InvestigatingEntity.Oios, today.AddDays(-120)));
        Act(overdue, new PauseInvestigation(today.AddDays(-60), "Victim in medical care, interview postponed"));
        Act(overdue, new ResumeInvestigation(today.AddDays(-55)));
        overdue.InvestigationOverdue = true;

        var findings = New(260, false, AllegationCategory.SexualExploitation, AllegationType.TransactionalSex,
            new SubjectInput(2, PersonnelCategory.MilitaryContingent, "GA", "GABBATT (demo)", null, null, null),
            new VictimInput(2, AgeGroup.Adult, Sex.Female, null, null, null));
        Act(findings, new AssessCase(false));
        Act(findings, new StartInvestigation(InvestigatingEntity.Joint, today.AddDays(-230)));
        Act(findings, new CompleteInvestigation(today.AddDays(-40), Finding.Substantiated, "Substantiated (transactional sex)"));
        Act(findings, new RecordAction(ActionBy.UnitedNations, ActionKind.Repatriation, 2, today.AddDays(-35)));

        var closed = New(320, false, AllegationCategory.OtherUnknown, AllegationType.Unknown,
            new SubjectInput(1, PersonnelCategory.ContractorOrVendor, null, null, null, null, null),
            new VictimInput(1, AgeGroup.Unknown, Sex.Unknown, null, null, null));
        Act(closed, new AssessCase(false));
        Act(closed, new StartInvestigation(InvestigatingEntity.Mission, today.AddDays(-300)));
        Act(closed, new CompleteInvestigation(today.AddDays(-200), Finding.Unsubstantiated, null));
        Act(closed, new CloseCase(today.AddDays(-190), "Not substantiated; victim support continued."));

        foreach (var c in cases)
        {
            c.Reference = await CaseReferences.NextAsync(db, mission.Code, today.Year, ct);
            db.Add(c);
            await db.SaveChangesAsync(ct);
        }

        return [];
    }
}
