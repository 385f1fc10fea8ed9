using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.IntegrationTests.Platform.Data;

/// <summary>Counts the saves EF's pipeline let it see.</summary>
public sealed class RecordingSaveInterceptor : SaveChangesInterceptor
{
    private int _saves;

    public int Saves => Volatile.Read(ref _saves);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _saves);
        return ValueTask.FromResult(result);
    }
}
