namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The sealing purposes of the fields this part writes (<c>ISealer.Seal(value, purpose)</c>): a value
/// sealed for one purpose cannot be unsealed for another. Whoever reveals these fields uses the same constants. A report's narrative and contact are sealed as the
/// cases part seals them (<see cref="Cases.CaseSeals"/>), so the case detail reveals them like any other case's.
/// </summary>
internal static class IntakePurposes
{
    /// <summary><see cref="Domain.VictimAssistance.NoteSealed"/>: the note as typed.</summary>
    public const string AssistanceNote = "conduct.assistance-note";
}
