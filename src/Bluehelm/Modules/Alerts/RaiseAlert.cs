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

/// <summary>
/// The checks of an alert's free text that every channel runs the same way (API, web form, SMS, CSV),
/// so no channel stores what another refuses or what PostgreSQL would refuse at save: the column
/// lengths, no control characters but tab and line breaks, the language as a BCP 47 tag. Pure: no
/// database, so the API's fast intake path stays as it is.
/// </summary>
internal static partial class RaiseAlertValidation
{
    public const int MaxDescription = 4000;
    public const int MaxPlaceName = 200;
    public const int MaxReporterName = 200;
    public const int MaxReporterPhone = 32;
    public const int MaxLanguage = 8;

    public const string Description = "description";
    public const string PlaceName = "placeName";
    public const string Language = "language";
    public const string ReporterName = "reporterName";
    public const string ReporterPhone = "reporterPhone";

    /// <summary>Each invalid field (one of the constants above) with its code: required, too-long, control-character, invalid-language.</summary>
    public static List<(string Field, string Code)> Check(string? description, string? placeName, string? language, string? reporterName, string? reporterPhone)
    {
        var errors = new List<(string, string)>();
        void Text(string field, string? value, int max, bool required)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (required)
                {
                    errors.Add((field, "required"));
                }
            }
            else if (value.Trim().Length > max)
            {
                errors.Add((field, "too-long"));
            }
            else if (HasControlCharacter(value))
            {
                errors.Add((field, "control-character"));
            }
        }

        Text(Description, description, MaxDescription, required: true);
        Text(PlaceName, placeName, MaxPlaceName, required: false);
        Text(ReporterName, reporterName, MaxReporterName, required: false);
        Text(ReporterPhone, reporterPhone, MaxReporterPhone, required: false);
        if (!string.IsNullOrWhiteSpace(language) && !IsLanguageTag(language.Trim()))
        {
            errors.Add((Language, "invalid-language"));
        }

        return errors;
    }

    /// <summary>Adds <see cref="Check"/>'s errors under the channel's own field names; a field already in error keeps its first code.</summary>
    public static void AddTo(Dictionary<string, string[]> errors, Func<string, string> fieldName, string? description, string? placeName, string? language, string? reporterName, string? reporterPhone)
    {
        foreach (var (field, code) in Check(description, placeName, language, reporterName, reporterPhone))
        {
            errors.TryAdd(fieldName(field), [code]);
        }
    }

    /// <summary>NUL and the other C0/C1 controls, except tab, line feed and carriage return (a CRLF line break).</summary>
    public static bool HasControlCharacter(string text) => text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>
    /// A BCP 47 language tag as alerts carry them: a 2-3 letter language ("fr", "sg", "und"), then an
    /// optional script (4 letters) and region (2 letters or 3 digits): "en-GB", "fr-CF"; at most
    /// <see cref="MaxLanguage"/> characters, the column's length.
    /// </summary>
    public static bool IsLanguageTag(string tag) => tag.Length <= MaxLanguage && LanguageTag().IsMatch(tag);

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex LanguageTag();
}
