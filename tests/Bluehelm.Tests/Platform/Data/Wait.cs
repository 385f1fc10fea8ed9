namespace Bluehelm.Tests.Platform.Data;

/// <summary>Waits for a state another task reaches (such as "63 saves queued"); the test asserts on outcomes, never on time.</summary>
public static class Wait
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (started.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Never reached: " + what);
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }
}
