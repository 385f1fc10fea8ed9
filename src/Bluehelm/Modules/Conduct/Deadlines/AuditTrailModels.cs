using System.Globalization;

namespace Bluehelm.Modules.Conduct.Deadlines;

/// <summary>A page of the Conduct audit trail, newest first; pass <c>before</c> = <see cref="NextBefore"/> for the next page.</summary>
public sealed record ConductAuditPage(IReadOnlyList<ConductAuditLine> Items, Guid? NextBefore);

/// <summary>One line of the Conduct audit trail: who did what to which record, when and from where.</summary>
/// <param name="Id">The line (UUIDv7: ordered by time of writing).</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: a user name, <c>system</c>, <c>cli:&lt;account&gt;</c> or <c>anonymous</c>.</param>
/// <param name="Action"><c>create</c>, <c>update</c>, <c>delete</c>, <c>read</c>, <c>import</c>...</param>
/// <param name="EntityType">The kind of record.</param>
/// <param name="EntityId">The record's id, when the line is about one record.</param>
/// <param name="Details">The changed fields (old and new values, confidential ones only named) or what was read; never a sealed value.</param>
/// <param name="Origin">The remote address, or <c>cli</c> / <c>system</c>.</param>
/// <param name="CaseId">The case the line is about, when it is about one (the case itself or one of its records).</param>
/// <param name="CaseReference">That case's reference.</param>
public sealed record ConductAuditLine(
    Guid Id,
    DateTimeOffset At,
    string Actor,
    string Action,
    string EntityType,
    string? EntityId,
    string? Details,
    string? Origin,
    Guid? CaseId,
    string? CaseReference);

/// <summary>What to read of the trail: one case or all the reader may see, a time window [From, To), a page.</summary>
internal sealed record AuditTrailFilter(Guid? Case = null, DateTimeOffset? From = null, DateTimeOffset? To = null, Guid? Before = null, int Limit = 50)
{
    public const int MaxLimit = 200;

    /// <summary>
    /// A bound of the window: a day (<c>2026-11-26</c>: from its start, or to its end when
    /// <paramref name="end"/>) or an instant in ISO 8601 (<c>2026-11-26T08:00:00Z</c>). Null when blank;
    /// false when unreadable.
    /// </summary>
    public static bool TryParseBound(string? text, bool end, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var t = text.Trim();
        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = new DateTimeOffset((end ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (t.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
        {
            value = at;
            return true;
        }

        return false;
    }
}
