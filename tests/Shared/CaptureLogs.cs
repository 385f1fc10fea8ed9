using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bluehelm.Testing;

/// <summary>
/// A logger provider that keeps every line the host writes (category, message, exception) in a queue,
/// so a test can assert that no identity, narrative or secret ever reaches the logs.
/// </summary>
public sealed class CaptureLogs(ConcurrentQueue<string> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(sink, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue(category + ": " + formatter(state, exception) + " " + exception);
    }
}
