namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>How much of a date is known: the public table gives months, years or nothing.</summary>
public enum DatePrecision
{
    Unknown = 0,
    Year = 1,
    Month = 2,
    Day = 3,
}
