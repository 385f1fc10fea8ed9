namespace Bluehelm.Platform.Hosting;

/// <summary>Authentication scheme names.</summary>
public static class AuthSchemes
{
    /// <summary>Forwards to the bearer handler when an Authorization header is present, else to the cookie.</summary>
    public const string CookieOrBearer = "cookie-or-bearer";
}
