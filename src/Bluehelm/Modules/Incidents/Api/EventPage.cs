namespace Bluehelm.Modules.Incidents;

/// <summary>
/// A page of events, newest first; pass <c>cursor</c> = <see cref="Next"/> for the next one.
/// <see cref="Matching"/> counts the filtered set up to <see cref="EventQueries.CountCap"/>; when
/// <see cref="MatchingCapped"/> is true there are more than that many.
/// </summary>
public sealed record EventPage(IReadOnlyList<EventSummary> Items, string? Next, int Matching, bool MatchingCapped);
