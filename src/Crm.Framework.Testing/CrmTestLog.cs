using Microsoft.Extensions.Logging;

namespace Crm.Framework.Testing;

/// <summary>
/// Warnings and errors the CRM logged in a <see cref="CrmTestHost"/> — above all automation handlers that
/// threw (they are logged, not thrown, because the change they react to has already committed).
/// </summary>
public sealed class CrmTestLog
{
    private readonly List<string> _entries = [];

    /// <summary>Every warning and error, oldest first, as "level: message".</summary>
    public IReadOnlyList<string> Entries { get { lock (_entries) return _entries.ToList(); } }

    internal void Add(LogLevel level, string message)
    {
        lock (_entries) _entries.Add($"{level.ToString().ToLowerInvariant()}: {message}");
    }
}

/// <summary>Writes warnings and errors of category <typeparamref name="T"/> to the host's <see cref="CrmTestLog"/>.</summary>
internal sealed class RecordingLogger<T>(CrmTestLog log) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) log.Add(logLevel, formatter(state, exception));
    }
}
