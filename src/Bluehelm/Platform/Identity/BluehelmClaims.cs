namespace Bluehelm.Platform.Identity;

/// <summary>Claim types Bluehelm adds to a signed-in user.</summary>
public static class BluehelmClaims
{
    public const string Mission = "bluehelm:mission";
    public const string MemberState = "bluehelm:state";
    public const string Unit = "bluehelm:unit";
    public const string DisplayName = "bluehelm:name";
    public const string Demo = "bluehelm:demo";
}
