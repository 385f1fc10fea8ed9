namespace Bluehelm.Modules.Incidents.Import;

/// <summary>
/// The three column layouts ACLED has published, told apart by their header (any case, any column
/// order, extra columns allowed), after the ACLED codebooks:
/// <list type="bullet">
/// <item><see cref="Current"/>: the lower-case codebook columns with <c>disorder_type</c>,
/// <c>sub_event_type</c> and <c>civilian_targeting</c>; <c>iso</c> is ISO 3166 numeric.</item>
/// <item><see cref="Export2019"/>: the 2019-2021 exports with <c>data_id</c>, <c>event_id_no_cnty</c>,
/// <c>sub_event_type</c>, numeric <c>iso</c> and <c>iso3</c>.</item>
/// <item><see cref="Pre2019"/>: the upper-case files with <c>GWNO</c> (a Gleditsch-Ward number, not
/// ISO) and <c>ALLY_ACTOR_1</c>, no sub-event type and the old event types.</item>
/// </list>
/// </summary>
public enum AcledSchema
{
    Unknown = 0,
    Current = 1,
    Export2019 = 2,
    Pre2019 = 3,
}
