namespace Bluehelm.Modules.Incidents;

/// <summary>How precisely a conflict event's date is known (UCDP <c>date_prec</c>, ACLED <c>time_precision</c>).</summary>
public enum DatePrecision
{
    Day = 1,
    Week = 2,
    Month = 3,
    Year = 4,
}
