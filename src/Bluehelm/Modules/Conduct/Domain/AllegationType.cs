namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>The sub-types the UN uses in its table of allegations.</summary>
public enum AllegationType
{
    Unknown = 0,
    TransactionalSex = 1,
    SolicitingTransactionalSex = 2,
    AttemptedTransactionalSex = 3,
    ExploitativeRelationship = 4,
    Rape = 5,
    AttemptedRape = 6,
    SexualAssault = 7,
    AttemptedSexualAssault = 8,
    SexualActivityWithMinor = 9,
    Other = 10,
}
