using Bluehelm.Modules.Conduct.Domain;

namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>An anonymous report (the public form and <c>POST /api/v1/conduct/reports</c>): only what happened is required.</summary>
/// <param name="Mission">The mission's code (a current mission).</param>
/// <param name="WhatHappened">What happened, in the reporter's words (up to 4000 characters); kept sealed.</param>
/// <param name="When">"2026-11-03" (a day), "2026-11" (a month), "2026" (a year), or empty: not known.</param>
/// <param name="Where">Where it happened, as the reporter says it; sealed with what happened.</param>
/// <param name="Harmed">Who was harmed, if the reporter says.</param>
/// <param name="Involved">The person or people involved, if the reporter says.</param>
/// <param name="Contact">A way to reach the reporter, if they want to be reached; sealed.</param>
internal sealed record ReportRequest(
    string? Mission, string? WhatHappened, string? When = null, string? Where = null, ReportHarmed? Harmed = null, ReportInvolved? Involved = null, string? Contact = null);

/// <summary>Who was harmed: age group, sex and how many people (each optional).</summary>
internal sealed record ReportHarmed(AgeGroup? AgeGroup = null, Sex? Sex = null, int? Count = null);

/// <summary>The person or people involved: uniformed, civilian or not known, and their nationality (ISO 3166 alpha-2) if known.</summary>
internal sealed record ReportInvolved(InvolvedPersonnel? Kind = null, string? Nationality = null);

/// <summary>What a member of the public can tell of the personnel involved.</summary>
internal enum InvolvedPersonnel
{
    Unknown = 0,

    /// <summary>Soldiers or police (in uniform).</summary>
    Uniformed = 1,

    /// <summary>Civilian staff, contractors, volunteers.</summary>
    Civilian = 2,
}

/// <summary>The answer to a report: its reference, and the secret only the first time.</summary>
/// <param name="Reference">The case reference to quote.</param>
/// <param name="Secret">The secret to check the status with; null when this report had already been received (it is never shown twice).</param>
/// <param name="AlreadyReceived">True when this is a second submit of a report already received.</param>
/// <param name="ReceivedOn">The day the report was received.</param>
internal sealed record ReportReceived(string Reference, string? Secret, bool AlreadyReceived, DateOnly ReceivedOn);
