using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bluehelm.Tests.Platform.Data;

/// <summary>
/// Holds a save inside EF's pipeline (so inside the group commit's lock) until the test opens the gate:
/// the other savers queue up behind it in a known order, whatever the timing.
/// </summary>
public sealed class GateInterceptor : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the save has reached the gate.</summary>
    public Task Entered => _entered.Task;

    public void Open() => _open.TrySetResult();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _entered.TrySetResult();
        await _open.Task;
        return result;
    }
}
