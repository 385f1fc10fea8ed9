using Microsoft.AspNetCore.Http;

namespace Bluehelm.Platform.Http;

/// <summary>Reads a request body with a ceiling, for endpoints that parse the bytes themselves (JSON with problem codes, CAP XML).</summary>
public static class RequestBody
{
    /// <summary>The body, or null as soon as it is known to be larger than <paramref name="max"/> bytes (declared or read).</summary>
    public static async Task<byte[]?> ReadUpToAsync(HttpContext http, int max, CancellationToken ct)
    {
        if (http.Request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int n;
        while ((n = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
