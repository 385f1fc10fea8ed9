namespace Bluehelm.Modules.Conduct;

/// <summary>Settings under <c>Bluehelm:Conduct</c>.</summary>
public sealed class ConductOptions
{
    public const string Section = "Bluehelm:Conduct";

    /// <summary>The Conduct database (same provider as the main one); empty: the main database.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Calendar days an urgent case's investigation may take.</summary>
    public int UrgentInvestigationDays { get; set; } = 90;

    /// <summary>Calendar days any other case's investigation may take.</summary>
    public int InvestigationDays { get; set; } = 180;

    /// <summary>Working days (Monday to Friday) a member state has to answer a referral.</summary>
    public int ReferralAnswerWorkingDays { get; set; } = 10;

    /// <summary>How often the deadline job runs.</summary>
    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}
