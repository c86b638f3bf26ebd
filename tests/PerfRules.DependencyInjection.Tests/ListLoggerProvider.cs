using Microsoft.Extensions.Logging;

namespace PerfRules.DependencyInjection.Tests;

/// <summary>Keeps every log entry, for tests to look at.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    public List<(int EventId, LogLevel Level, string Message)> Entries { get; } = [];

    public ILogger CreateLogger(string categoryName) => new ListLogger(Entries);

    public void Dispose()
    {
    }

    private sealed class ListLogger(List<(int, LogLevel, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (entries)
            {
                entries.Add((eventId.Id, logLevel, formatter(state, exception)));
            }
        }
    }
}
