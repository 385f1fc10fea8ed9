using Bluehelm.Platform.Sealing;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// The reporter of an alert is stored only sealed: name and phone through <see cref="ISealer"/>, and
/// the phone's keyed hash for the SMS match. Everything that writes or shows a reporter goes through here.
/// </summary>
internal static class ReporterSeal
{
    /// <summary>Sealing purpose of <see cref="Alert.SealedReporterName"/>.</summary>
    public const string NamePurpose = "alerts.reporter-name";

    /// <summary>Sealing and lookup purpose of <see cref="Alert.SealedReporterPhone"/> and <see cref="Alert.ReporterPhoneLookup"/>.</summary>
    public const string PhonePurpose = "alerts.reporter-phone";

    /// <summary>Sets the alert's sealed reporter from clear values (the phone already normalized).</summary>
    public static void Apply(Alert alert, ISealer sealer, string? name, string? normalizedPhone)
    {
        alert.SealedReporterName = sealer.Seal(name, NamePurpose);
        alert.SealedReporterPhone = sealer.Seal(normalizedPhone, PhonePurpose);
        alert.ReporterPhoneLookup = sealer.Lookup(normalizedPhone, PhonePurpose);
    }

    /// <summary>The reporter in clear, or null when the alert has none. Only for callers that checked the user may see it.</summary>
    public static ReporterDto? Reveal(ISealer sealer, string? sealedName, string? sealedPhone) =>
        sealedName is null && sealedPhone is null
            ? null
            : new ReporterDto(sealer.Unseal(sealedName, NamePurpose), sealer.Unseal(sealedPhone, PhonePurpose));

    /// <summary>The keyed hashes an open alert of this (normalized) phone may carry, under every lookup key.</summary>
    public static IReadOnlyList<string> PhoneCandidates(ISealer sealer, string normalizedPhone) =>
        sealer.LookupCandidates(normalizedPhone, PhonePurpose);
}
