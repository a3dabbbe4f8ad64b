using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace HarmTaxonomy.IntegrationTests.Infrastructure.Postgres;

/// <summary>Sends the launcher's log lines to the test's output, so a failing start explains itself.</summary>
internal sealed class TestOutputLogger(ITestOutputHelper output) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try
        {
            output.WriteLine($"[{logLevel}] {formatter(state, exception)}{(exception is null ? string.Empty : Environment.NewLine + exception)}");
        }
        catch (InvalidOperationException)
        {
            // xunit refuses output once the test has finished (e.g. a late dispose); the line is not worth a failure.
        }
    }
}
