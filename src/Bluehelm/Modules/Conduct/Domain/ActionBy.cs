namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>Who took an action or measure: the UN or the member state (NG: national government).</summary>
public enum ActionBy
{
    UnitedNations = 0,
    MemberState = 1,
}
