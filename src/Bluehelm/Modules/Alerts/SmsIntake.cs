using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

/// <summary>What the gateway is told: the alert the message created or was attached to.</summary>
public sealed record SmsAccepted(Guid AlertId, bool Reply, bool Replayed);

/// <summary>
/// The SMS gateway webhook: RapidPro/Courier "external" channel fields <c>from</c>, <c>text</c>,
/// <c>date</c> and optional <c>id</c>, as a form or JSON, authenticated by the gateway's shared
/// secret (<c>Authorization: Bearer &lt;secret&gt;</c> or <c>X-Gateway-Secret</c>). The message id makes
/// retries idempotent; a message from a number with an open alert is a reply to it.
/// </summary>
internal static class SmsIntake
{
    /// <summary>Texts longer than this are cut (SMS concatenation rarely exceeds 10 parts).</summary>
    private const int MaxText = 1600;

    internal static void Map(RouteGroupBuilder alerts)
    {
        alerts.MapPost("/sms", Receive)
            .WithName("Alerts_Sms")
            .WithSummary("SMS gateway webhook (RapidPro/Courier external channel: from, text, date, id).")
            .AllowAnonymous()
            .DisableAntiforgery()
            .Produces<SmsAccepted>(StatusCodes.Status201Created)
            .Produces<SmsAccepted>(StatusCodes.Status200OK);
    }

    /// <summary>Anonymous at the HTTP level on purpose: a gateway has no user, only its secret, checked first.</summary>
    internal static async Task<IResult> Receive(HttpContext http, BluehelmDbContext db, AlertIntake intake, IMissionDirectory missions, TimeProvider time, CancellationToken ct)
    {
        var secret = SecretOf(http.Request);
        if (secret is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status401Unauthorized, "gateway-secret-required");
        }

        var secretHash = HashSecret(secret);
        var gateway = await db.Set<SmsGateway>().AsNoTracking().SingleOrDefaultAsync(g => g.SecretHash == secretHash, ct);
        if (gateway is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status401Unauthorized, "gateway-secret-invalid");
        }

        var fields = await ReadFieldsAsync(http, ct);
        if (fields is null)
        {
            return ApiProblems.Problem(http, StatusCodes.Status400BadRequest, "invalid-body");
        }

        var from = PhoneNumbers.Normalize(fields.GetValueOrDefault("from"));
        var text = fields.GetValueOrDefault("text")?.Trim() ?? "";
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (from is null || from.Length > 32)
        {
            errors["from"] = ["invalid"];
        }

        if (text.Length == 0)
        {
            errors["text"] = ["required"];
        }

        var now = time.GetUtcNow();
        var date = now;
        if (fields.GetValueOrDefault("date") is { Length: > 0 } dateText && !DateTimeOffset.TryParse(dateText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            errors["date"] = ["invalid"];
        }

        var messageId = fields.GetValueOrDefault("id")?.Trim();
        if (messageId is { Length: > 100 })
        {
            errors["id"] = ["too-long"];
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        if (date > now.AddMinutes(5))
        {
            date = now;
        }

        text = text.Length > MaxText ? text[..MaxText] : text;
        var scope = "gateway:" + gateway.Id.ToString("N");
        var key = string.IsNullOrEmpty(messageId) ? null : messageId;
        var bodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(from + "\n" + text)));
        if (key is not null && await db.Set<IdempotencyRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct) is { } seen)
        {
            return TypedResults.Ok(new SmsAccepted(seen.AlertId, false, true));
        }

        var mission = await missions.FindAsync(gateway.MissionId, ct) ?? throw new InvalidOperationException("Gateway without mission.");
        var open = await db.Set<Alert>()
            .Where(a => a.MissionId == gateway.MissionId && a.ReporterPhone == from
                        && (a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged || a.Status == AlertStatus.Dispatched || a.Status == AlertStatus.OnScene))
            .OrderByDescending(a => a.ReceivedAt).FirstOrDefaultAsync(ct);

        Alert alert;
        var reply = open is not null;
        if (open is not null)
        {
            open.Note(now, null, "sms:" + gateway.Name, text, AlertEventKind.ReporterReply);
            alert = open;
        }
        else
        {
            var place = PlaceMatcher.Locate(text, await missions.SitesAsync(gateway.MissionId, ct), Localities.In(mission.HostCountryIso2));
            alert = await intake.BuildAsync(
                new NewAlert(
                    mission, date, AlertChannel.Sms, null, null, place?.Name, ThreatType.Other, Severity.High,
                    null, null, null, null, text, null, null, from),
                new Actor(null, "sms:" + gateway.Name),
                ct);
        }

        if (key is not null)
        {
            db.Add(new IdempotencyRecord { Scope = scope, Key = key, RequestHash = bodyHash, AlertId = alert.Id, CreatedAt = now });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (key is not null)
        {
            db.ChangeTracker.Clear();
            var first = await db.Set<IdempotencyRecord>().AsNoTracking().SingleAsync(r => r.Scope == scope && r.Key == key, ct);
            return TypedResults.Ok(new SmsAccepted(first.AlertId, false, true));
        }

        return reply
            ? TypedResults.Ok(new SmsAccepted(alert.Id, true, false))
            : TypedResults.Created($"/api/v1/alerts/{alert.Id}", new SmsAccepted(alert.Id, false, false));
    }

    public static string HashSecret(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string? SecretOf(HttpRequest request)
    {
        var header = request.Headers["X-Gateway-Secret"].ToString();
        if (header.Length > 0)
        {
            return header;
        }

        var auth = request.Headers.Authorization.ToString();
        return auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && auth.Length > 7 ? auth[7..].Trim() : null;
    }

    private static async Task<Dictionary<string, string>?> ReadFieldsAsync(HttpContext http, CancellationToken ct)
    {
        if (http.Request.HasFormContentType)
        {
            if (http.Request.ContentLength > AlertsApi.MaxBodyBytes)
            {
                return null;
            }

            var form = await http.Request.ReadFormAsync(ct);
            return form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        }

        var body = await AlertsApi.ReadBodyAsync(http, ct);
        if (body is null)
        {
            return null;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                return null;
            }

            return json.RootElement.EnumerateObject().ToDictionary(
                p => p.Name,
                p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString() ?? "" : p.Value.GetRawText(),
                StringComparer.OrdinalIgnoreCase);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
