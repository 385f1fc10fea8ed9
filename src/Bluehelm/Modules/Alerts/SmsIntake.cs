using Bluehelm.Modules.Alerts.Contracts;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bluehelm.Modules.Missions.Contracts;
using Bluehelm.Platform.Data;
using Bluehelm.Platform.Http;
using Bluehelm.Platform.Idempotency;
using Bluehelm.Platform.Sealing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Alerts;

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

    /// <summary>How often a reply is appended again after losing a race for its alert's version.</summary>
    private const int MaxReplyAttempts = 8;

    /// <summary>Lookup purpose of the fingerprint of a message (number and text) kept with its id.</summary>
    private const string RequestPurpose = "alerts.sms-request";

    /// <summary>Seconds a gateway is asked to wait before resending a message whose reply could not be stored.</summary>
    private const int RetryAfterSeconds = 5;

    internal static void Map(RouteGroupBuilder alerts)
    {
        alerts.MapPost("/sms", Receive)
            .WithName("Alerts_Sms")
            .WithSummary("SMS gateway webhook (RapidPro/Courier external channel: from, text, date, id).")
            .AllowAnonymous()
            .DisableAntiforgery()
            .Produces<SmsAccepted>(StatusCodes.Status201Created)
            .Produces<SmsAccepted>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Anonymous at the HTTP level on purpose: a gateway has no user, only its secret, checked first.</summary>
    internal static async Task<IResult> Receive(HttpContext http, BluehelmDbContext db, RaiseAlertHandler raise, IMissionDirectory missions, TimeProvider time, ISealer sealer, CancellationToken ct)
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

        // The same checks as every other channel; the text as it will be stored (cut to MaxText).
        RaiseAlertValidation.AddTo(
            errors, f => f == RaiseAlertValidation.ReporterPhone ? "from" : "text",
            text.Length > MaxText ? text[..MaxText] : text, null, null, null, fields.GetValueOrDefault("from")?.Trim());
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(http, errors);
        }

        if (date > now.AddMinutes(5))
        {
            date = now;
        }

        text = text.Length > MaxText ? text[..MaxText] : text;
        // The request's fingerprint is a keyed hash: a plain hash of number and text (the text is stored
        // with the alert) would give the number away to anyone trying every number of the country.
        var key = string.IsNullOrEmpty(messageId)
            ? null
            : new IdempotencyKey("gateway:" + gateway.Id.ToString("N"), messageId, sealer.Lookup(from + "\n" + text, RequestPurpose)!);
        return await AcceptAsync(http, db, raise, missions, gateway, new Sms(from!, text, date, now, ReporterSeal.PhoneCandidates(sealer, from!)), key, ct);
    }

    /// <summary>
    /// Attaches the message to the number's open alert, or raises a new alert. Replies racing on one
    /// alert (a reporter sending several messages at once) conflict on its version: the loser reloads
    /// the alert and appends again, so every accepted message is stored.
    /// </summary>
    private static async Task<IResult> AcceptAsync(HttpContext http, BluehelmDbContext db, RaiseAlertHandler raise, IMissionDirectory missions, SmsGateway gateway, Sms sms, IdempotencyKey? key, CancellationToken ct)
    {
        var actor = new Actor(null, "sms:" + gateway.Name);
        for (var attempt = 1; ; attempt++)
        {
            // A gateway retrying a message gets the first answer's alert; the same id with another
            // sender or text is not a retry and must not be thrown away as one.
            if (key is not null && await db.FindAsync(key, ct) is { } seen)
            {
                return Replayed(http, seen, key);
            }

            var open = await db.Set<Alert>()
                .Where(a => a.MissionId == gateway.MissionId && sms.PhoneLookups.Contains(a.ReporterPhoneLookup!)
                            && (a.Status == AlertStatus.Received || a.Status == AlertStatus.Triaged || a.Status == AlertStatus.Dispatched || a.Status == AlertStatus.OnScene))
                .OrderByDescending(a => a.ReceivedAt).FirstOrDefaultAsync(ct);
            if (open is null)
            {
                var mission = await missions.FindAsync(gateway.MissionId, ct) ?? throw new InvalidOperationException("Gateway without mission.");
                var place = PlaceMatcher.Locate(sms.Text, await missions.SitesAsync(gateway.MissionId, ct), Localities.In(mission.HostCountryIso2));
                var raised = await raise.HandleAsync(
                    new RaiseAlert(
                        new NewAlert(mission, sms.Date, AlertChannel.Sms, null, null, place?.Name, ThreatType.Other, Severity.High, null, null, null, null, sms.Text, null, null, sms.From),
                        actor,
                        key),
                    ct);
                if (raised.Created is null)
                {
                    return raised.Earlier is { } earlier ? Replayed(http, earlier, key!) : TypedResults.Ok(new SmsAccepted(raised.AlertId, false, true));
                }

                return TypedResults.Created($"/api/v1/alerts/{raised.AlertId}", new SmsAccepted(raised.AlertId, false, false));
            }

            open.Note(sms.ReceivedAt, null, actor.Name, sms.Text, AlertEventKind.ReporterReply);
            Task Save(CancellationToken token)
            {
                if (key is not null)
                {
                    db.Add(IdempotencyRecord.For(key, open.Id, sms.ReceivedAt));
                }

                return db.SaveChangesAsync(token);
            }

            try
            {
                if (key is null)
                {
                    await Save(ct);
                }
                else if (await db.WriteOnceAsync(key, Save, ct) is { } first)
                {
                    return Replayed(http, first, key);
                }

                return TypedResults.Ok(new SmsAccepted(open.Id, true, false));
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxReplyAttempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException) when (key is not null)
            {
                // Every attempt lost its race: nothing of this message is stored. With a message id the
                // gateway can send it again safely (the id makes the resend idempotent), so it is told to.
                http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return ApiProblems.Problem(http, StatusCodes.Status503ServiceUnavailable, "sms-busy-retry");
            }
        }
    }

    /// <summary>
    /// The answer to a message id seen before: the first answer's alert when sender and text are the
    /// same (a gateway's retry), 409 when they differ (another message reusing the id, which would
    /// otherwise be answered as stored and lost).
    /// </summary>
    private static IResult Replayed(HttpContext http, IdempotencyRecord earlier, IdempotencyKey key) =>
        earlier.SameRequestAs(key)
            ? TypedResults.Ok(new SmsAccepted(earlier.ResultId, false, true))
            : ApiProblems.Problem(http, StatusCodes.Status409Conflict, "message-id-conflict");

    /// <summary>One message, its text already cut to <see cref="MaxText"/>; the keyed hashes of its number under every lookup key.</summary>
    private sealed record Sms(string From, string Text, DateTimeOffset Date, DateTimeOffset ReceivedAt, IReadOnlyList<string> PhoneLookups);

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

            try
            {
                var form = await http.Request.ReadFormAsync(ct);
                return form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            }
            catch (InvalidDataException)
            {
                // ASP.NET refuses a form carrying %00 (or over its limits) with this: a bad body, not a server error.
                return null;
            }
        }

        var body = await RequestBody.ReadUpToAsync(http, AlertsApi.MaxBodyBytes, ct);
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
