using Bluehelm.Platform.Data;
using Bluehelm.Platform.Idempotency;

namespace Bluehelm.Modules.Alerts;

/// <summary>
/// Raise an alert: the one use case behind every channel (the API, the web form, SMS, CSV). The
/// channel has checked its input and the caller's right to the mission; <paramref name="Idempotency"/>
/// makes a retry of the same request answer with the first one's alert.
/// </summary>
internal sealed record RaiseAlert(NewAlert Alert, Actor Actor, IdempotencyKey? Idempotency = null);

/// <summary>Raises alerts: place, nearest site and deadline by <see cref="AlertIntake"/>, then the save.</summary>
internal sealed class RaiseAlertHandler(BluehelmDbContext db, AlertIntake intake, TimeProvider time)
{
    /// <summary>Raises and saves with EF (Add and SaveChangesAsync): the form and SMS.</summary>
    public Task<RaisedAlert> HandleAsync(RaiseAlert request, CancellationToken ct) => RaiseAsync(request, fast: false, ct);

    /// <summary>
    /// Raises and saves through the intake's fast path (<see cref="BluehelmDbContext.InsertNewAsync"/>:
    /// new rows only, written without change tracking): the API, whose intake rate the benchmark measures.
    /// </summary>
    public Task<RaisedAlert> HandleFastAsync(RaiseAlert request, CancellationToken ct) => RaiseAsync(request, fast: true, ct);

    /// <summary>Raises an alert into the caller's save (a CSV import saves all its rows in one transaction).</summary>
    public Task<Alert> AddAsync(RaiseAlert request, CancellationToken ct) => intake.BuildAsync(request.Alert, request.Actor, ct);

    private async Task<RaisedAlert> RaiseAsync(RaiseAlert request, bool fast, CancellationToken ct)
    {
        var key = request.Idempotency;
        if (key is not null && await db.FindAsync(key, ct) is { } seen)
        {
            return new RaisedAlert(seen.ResultId, null, seen);
        }

        var alert = await intake.CreateAsync(request.Alert, request.Actor, ct);
        var record = key is null ? null : IdempotencyRecord.For(key, alert.Id, time.GetUtcNow());
        Task Write(CancellationToken token)
        {
            if (fast)
            {
                List<object> rows = [alert, .. alert.Events];
                if (record is not null)
                {
                    rows.Add(record);
                }

                return db.InsertNewAsync(rows, token);
            }

            db.Add(alert);
            if (record is not null)
            {
                db.Add(record);
            }

            return db.SaveChangesAsync(token);
        }

        if (key is null)
        {
            await Write(ct);
            return new RaisedAlert(alert.Id, alert, null);
        }

        return await db.WriteOnceAsync(key, Write, ct) is { } first
            ? new RaisedAlert(first.ResultId, null, first)
            : new RaisedAlert(alert.Id, alert, null);
    }
}
