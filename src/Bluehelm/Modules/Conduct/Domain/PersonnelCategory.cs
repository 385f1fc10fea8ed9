namespace Bluehelm.Modules.Conduct.Domain;

/// <summary>The category of the personnel a case names.</summary>
public enum PersonnelCategory
{
    Other = 0,
    /// <summary>Contingent troops, Military (MC).</summary>
    MilitaryContingent = 1,

    /// <summary>Staff officers and military observers, Military (Staff Officer) and Military (MO).</summary>
    StaffOfficerOrObserver = 2,

    /// <summary>Formed police units, Police (FPU).</summary>
    FormedPolice = 3,

    /// <summary>Individual police officers, Police (UNPOL).</summary>
    IndividualPolice = 4,

    /// <summary>Corrections and government-provided personnel, Police (GPP).</summary>
    Corrections = 5,

    /// <summary>International and national staff, Civilian (INT) and (NS).</summary>
    CivilianStaff = 6,

    /// <summary>Civilian (UNV).</summary>
    UnVolunteer = 7,

    /// <summary>Contractors, vendor employees, daily workers.</summary>
    ContractorOrVendor = 8,
}
