using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Bluehelm.Modules.Alerts;

/// <summary>The board's refresh check, for the page's script (<c>board.js</c>).</summary>
internal static class AlertBoardEndpoints
{
    /// <summary>The board's version as an ETag; 304 with no body when the caller already has it.</summary>
    internal static async Task<IResult> Version(HttpContext http, AlertBoardQuery board, TimeProvider time, string? mission, CancellationToken ct)
    {
        var version = await board.VersionAsync(http.User, mission, time.GetUtcNow(), ct);
        var tag = new EntityTagHeaderValue("\"" + version + "\"");
        http.Response.Headers.ETag = tag.ToString();
        return EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var sent) && sent.Any(t => t.Compare(tag, useStrongComparison: false))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(new BoardVersion(version));
    }
}

/// <summary>The board's version: a short tag that changes when what the board shows changes.</summary>
public sealed record BoardVersion(string Version);
