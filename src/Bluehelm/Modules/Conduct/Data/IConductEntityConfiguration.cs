using Bluehelm.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bluehelm.Modules.Conduct.Data;

/// <summary>An entity configuration of the Conduct database (<see cref="ConductDbContext"/>), left out of the shared context.</summary>
internal interface IConductEntityConfiguration<T> : IEntityTypeConfiguration<T>, ISeparateContextConfiguration
    where T : class;
