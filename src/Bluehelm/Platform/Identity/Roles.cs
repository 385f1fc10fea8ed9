namespace Bluehelm.Platform.Identity;

/// <summary>The roles of PRODUCT.md. Names are stable identifiers used in claims, the CLI and the API.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string JocOfficer = "joc-officer";
    public const string PocAdviser = "poc-adviser";
    public const string Commander = "commander";
    public const string ConductOfficer = "conduct-officer";
    public const string VictimsRightsAdvocate = "victims-rights-advocate";
    public const string ForceGeneration = "force-generation";
    public const string MemberState = "member-state";
    public const string TrainingOfficer = "training-officer";

    public static IReadOnlyList<string> All { get; } =
    [
        Admin, JocOfficer, PocAdviser, Commander, ConductOfficer, VictimsRightsAdvocate, ForceGeneration, MemberState, TrainingOfficer,
    ];

    /// <summary>Roles whose data is bounded by mission scopes.</summary>
    public static IReadOnlySet<string> MissionScoped { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        JocOfficer, PocAdviser, Commander, ConductOfficer, VictimsRightsAdvocate,
    };
}
