namespace Bluehelm.Modules.Conduct.Intake;

/// <summary>
/// The sealing purposes of the fields this part writes (<c>ISealer.Seal(value, purpose)</c>): a value
/// sealed for one purpose cannot be unsealed for another. Whoever reveals these fields uses the same constants.
/// </summary>
internal static class IntakePurposes
{
    /// <summary><see cref="Domain.ConductCase.NarrativeSealed"/>: JSON <c>{"narrative": ..., "place": ...}</c>.</summary>
    public const string Narrative = "conduct.narrative";

    /// <summary><see cref="Domain.ConductCase.ReporterSealed"/>: JSON <c>{"contact": ...}</c>, what an anonymous reporter chose to leave.</summary>
    public const string Reporter = "conduct.reporter";

    /// <summary><see cref="Domain.VictimAssistance.NoteSealed"/>: the note as typed.</summary>
    public const string AssistanceNote = "conduct.assistance-note";
}
