using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.EarlyWarning.Warnings;

/// <summary>Take in a CAP 1.2 document from another system (the API or the upload page), read by <see cref="CapReader"/>.</summary>
internal sealed record ReceiveCap(byte[] Document, WarningActor Actor);

/// <summary>The reading's outcome, and the stored alert: new, or the one already received with the same sender and identifier.</summary>
internal sealed record ReceivedCapResult(CapReadResult Read, ReceivedCap? Received, bool Created);

internal sealed class ReceiveCapHandler(BluehelmDbContext db, TimeProvider time)
{
    public async Task<ReceivedCapResult> HandleAsync(ReceiveCap request, CancellationToken ct)
    {
        var read = CapReader.Read(request.Document);
        if (read.Document is not { } cap)
        {
            return new ReceivedCapResult(read, null, false);
        }

        if (await FindAsync(cap, ct) is { } earlier)
        {
            return new ReceivedCapResult(read, earlier, false);
        }

        var received = new ReceivedCap
        {
            Sender = cap.Sender,
            Identifier = cap.Identifier,
            Sent = cap.Sent,
            MsgType = cap.MsgType,
            Status = cap.Status,
            Scope = cap.Scope,
            Headline = cap.Headline,
            Description = cap.Description,
            Language = cap.Language,
            Urgency = cap.Urgency,
            Severity = cap.Severity,
            Certainty = cap.Certainty,
            AreaDesc = cap.AreaDesc,
            Latitude = cap.Latitude,
            Longitude = cap.Longitude,
            InfoCount = cap.InfoCount,
            AreaCount = cap.AreaCount,
            Signed = cap.Signed,
            ThreatType = cap.Threat is { } t && Enum.TryParse<Bluehelm.Modules.Alerts.Contracts.ThreatType>(t.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var threat) ? (int)threat : null,
            Xml = read.Text ?? "",
            ReceivedAt = time.GetUtcNow(),
            ReceivedBy = request.Actor.Name,
        };
        db.Add(received);
        try
        {
            await db.SaveChangesAsync(ct);
            return new ReceivedCapResult(read, received, true);
        }
        catch (DbUpdateException e) when (UniqueKeyViolation.Is(e))
        {
            // The same alert posted twice at once: the first one stored wins.
            db.ChangeTracker.Clear();
            return new ReceivedCapResult(read, await FindAsync(cap, ct), false);
        }
    }

    private Task<ReceivedCap?> FindAsync(CapDocument cap, CancellationToken ct) =>
        db.Set<ReceivedCap>().AsNoTracking().SingleOrDefaultAsync(r => r.Sender == cap.Sender && r.Identifier == cap.Identifier, ct);
}
