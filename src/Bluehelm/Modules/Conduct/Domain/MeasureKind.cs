namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>An interim measure taken while a case is open.</summary>
public enum MeasureKind
{
    Pending = 0,
    None = 1,
    PaymentSuspension = 2,
    Repatriation = 3,
    AdministrativeLeave = 4,
    Other = 5,
}
