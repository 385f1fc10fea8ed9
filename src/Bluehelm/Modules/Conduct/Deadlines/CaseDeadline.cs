namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>A case's deadlines on a given day (null parts do not apply yet).</summary>
/// <param name="InvestigationDue">The investigation's deadline, pauses added.</param>
/// <param name="InvestigationDaysLeft">Calendar days until it (negative: overdue by that many).</param>
/// <param name="Paused">The investigation clock is stopped today.</param>
/// <param name="ReferralDue">The day the member state's answer is due (10 working days after the referral).</param>
/// <param name="ReferralWorkingDaysLeft">Working days until it (negative: overdue).</param>
internal sealed record CaseDeadline(
    DateOnly? InvestigationDue,
    int? InvestigationDaysLeft,
    bool Paused,
    DateOnly? ReferralDue,
    int? ReferralWorkingDaysLeft)
{
    public bool InvestigationOverdue => InvestigationDaysLeft < 0;

    public bool ReferralOverdue => ReferralWorkingDaysLeft < 0;

    public bool AnyOverdue => InvestigationOverdue || ReferralOverdue;
}
