namespace Bluehelm.Modules.Incidents;

/// <summary>The keyset of an event, as pages are ordered: its start date and id.</summary>
internal readonly record struct EventKey(DateOnly DateStart, Guid Id);
