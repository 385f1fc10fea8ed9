namespace Bluehelm.Modules.Conduct;

/// <summary>What one reveal opens.</summary>
public enum SealedPart
{
    /// <summary>A victim's identity (name, contact, whereabouts).</summary>
    Victim = 0,

    /// <summary>A subject's identity (name, date of birth, national id).</summary>
    Subject = 1,

    /// <summary>The case narrative.</summary>
    Narrative = 2,

    /// <summary>Who reported the case.</summary>
    Reporter = 3,
}
