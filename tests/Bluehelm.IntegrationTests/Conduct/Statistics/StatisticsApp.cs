using Bluehelm.Modules.Conduct.Data;
using Bluehelm.Modules.Conduct.Domain;
using Bluehelm.Platform.Sealing;
using Microsoft.Extensions.DependencyInjection;

namespace Bluehelm.IntegrationTests.Conduct.Statistics;

/// <summary>
/// A host with known cases written straight into the Conduct database: two missions of their own
/// (TSTA, TSTB) over three years of their own (2041–2043), so the counts are known whatever else the
/// demo seeds, with small cells (a year of one case, a year of two) and live cases carrying sealed
/// identities and narratives whose words must never reach a published number.
/// </summary>
public sealed class StatisticsApp : BluehelmApp
{
    public const string MissionA = "TSTA";
    public const string MissionB = "TSTB";

    /// <summary>Words stored (sealed, or in free-text fields) on the seeded cases; none may appear in any statistic.</summary>
    public static readonly string[] Canaries = ["Amina-Canary-Victim", "Reporter-Canary-Name", "Narrative-Canary-Text", "Closure-Canary-Note", "Subject-Canary-Person"];

    /// <summary>Cases per (mission, year): TSTA 5, 1, 4; TSTB 2, 6, 3.</summary>
    public static readonly (string Mission, int Year, int Cases)[] Plan =
        [(MissionA, 2041, 5), (MissionA, 2042, 1), (MissionA, 2043, 4), (MissionB, 2041, 2), (MissionB, 2042, 6), (MissionB, 2043, 3)];

    /// <summary>The sealed values as stored: they must not leak either.</summary>
    public List<string> SealedValues { get; } = [];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ConductDbContext>();
        var sealer = scope.ServiceProvider.GetRequiredService<ISealer>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var n = 0;
        foreach (var (mission, year, cases) in Plan)
        {
            for (var i = 0; i < cases; i++, n++)
            {
                var live = n % 3 == 0;
                var c = new ConductCase
                {
                    Reference = $"SEA-{mission}-{year}-{i:0000}",
                    MissionId = Guid.CreateVersion7(),
                    MissionCode = mission,
                    Source = live ? CaseSource.Live : CaseSource.PublicTable,
                    Stage = i % 2 == 0 ? CaseStage.Closed : CaseStage.Investigation,
                    ReportedOn = new DateOnly(year, 1 + (i % 12), 1),
                    ReportedPrecision = DatePrecision.Month,
                    ReportedYear = year,
                    PaternityClaimed = i == 0,
                    Finding = i % 2 == 0 ? Finding.Substantiated : Finding.Pending,
                    InvestigationDays = i % 2 == 0 ? 90 + (i * 10) : null,
                    NarrativeSealed = live ? sealer.Seal(Canaries[2], "conduct.narrative") : null,
                    ReporterSealed = live ? sealer.Seal(Canaries[1], "conduct.reporter") : null,
                    ClosureNote = live ? Canaries[3] : null,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                c.Allegations.Add(new CaseAllegation { CaseId = c.Id, Category = AllegationCategory.SexualAbuse, Type = i % 3 == 0 ? AllegationType.Rape : AllegationType.TransactionalSex });
                if (i == 1)
                {
                    c.Allegations.Add(new CaseAllegation { CaseId = c.Id, Category = AllegationCategory.SexualExploitation, Type = AllegationType.ExploitativeRelationship });
                }

                c.Subjects.Add(new CaseSubject
                {
                    CaseId = c.Id,
                    Count = 1 + (i % 2),
                    Category = i % 2 == 0 ? PersonnelCategory.MilitaryContingent : PersonnelCategory.CivilianStaff,
                    NationalityIso2 = i % 2 == 0 ? (mission == MissionA ? "SN" : "BD") : null,
                    IdentitySealed = live ? sealer.Seal(Canaries[4], "conduct.subject") : null,
                });
                c.Victims.Add(new CaseVictim
                {
                    CaseId = c.Id,
                    Count = 1 + (i % 3),
                    AgeGroup = i % 2 == 0 ? AgeGroup.Child : AgeGroup.Adult,
                    Sex = Sex.Female,
                    IdentitySealed = live ? sealer.Seal(Canaries[0], "conduct.victim") : null,
                });
                if (i % 2 == 0)
                {
                    c.Actions.Add(new CaseAction { CaseId = c.Id, By = ActionBy.MemberState, Kind = ActionKind.Repatriation, Count = 1 });
                }

                SealedValues.AddRange(new[] { c.NarrativeSealed, c.ReporterSealed, c.Subjects[0].IdentitySealed, c.Victims[0].IdentitySealed }.OfType<string>());
                db.Add(c);
            }
        }

        await db.SaveChangesAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StatisticsCollection : ICollectionFixture<StatisticsApp>
{
    public const string Name = "conduct-statistics";
}
