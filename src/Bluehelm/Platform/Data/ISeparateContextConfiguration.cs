namespace Bluehelm.Platform.Data;

/// <summary>
/// Marks an entity configuration that belongs to a module's own context and database (Conduct's),
/// so the shared <see cref="BluehelmDbContext"/> leaves it out when it applies the assembly's configurations.
/// </summary>
public interface ISeparateContextConfiguration;
