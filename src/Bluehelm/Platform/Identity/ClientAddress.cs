using Microsoft.AspNetCore.Http;

namespace Bluehelm.Platform.Identity;

/// <summary>The key a client is counted under: its address as the server sees it (no forwarded headers are trusted).</summary>
internal static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress;
        return ip is null ? "unknown" : (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString();
    }
}
