using Bluehelm.Modules.Missions;
using Bluehelm.Modules.Missions.Contracts;

#pragma warning disable CA1812, CA1822 // never instantiated: compiled only to be scanned by the boundary check

namespace Bluehelm.Tests.Architecture.Crossing;

/// <summary>Deliberate crossings, to show that <see cref="ModuleBoundaries"/> finds each kind.</summary>
internal sealed class UsesMissionInSignature
{
    public Mission? Mission { get; set; }
}

internal sealed class UsesSiteInLambda
{
    public Func<object, bool> IsSite { get; } = o => o is Site;
}

internal sealed class UsesUnitInAsyncBody
{
    public async Task<int> CountAsync(IEnumerable<object> items)
    {
        await Task.Yield();
        return items.OfType<Unit>().Count();
    }
}

internal sealed class UsesOnlyContracts
{
    public Task<MissionRef?> FindAsync(IMissionDirectory missions) => missions.FindAsync("MINUSCA", CancellationToken.None);
}
