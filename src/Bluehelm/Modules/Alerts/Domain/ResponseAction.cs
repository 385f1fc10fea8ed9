namespace Bluehelm.Modules.Alerts;

/// <summary>What a response does.</summary>
public enum ResponseAction
{
    Patrol = 1,
    QuickReactionForce = 2,
    Interposition = 3,
    Evacuation = 4,
    LiaisonWithHostAuthorities = 5,
    Other = 6,
}
