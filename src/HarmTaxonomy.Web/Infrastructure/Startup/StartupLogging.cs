namespace HarmTaxonomy.Web.Infrastructure.Startup;

/// <summary>
/// Single-line console logs, so a startup failure reads as one line and log collectors see one event per line.
/// The same format is used before the host exists (embedded PostgreSQL starts before it) and after.
/// </summary>
public static class StartupLogging
{
    public static ILoggerFactory CreateFactory() => LoggerFactory.Create(logging => Configure(logging));

    public static ILoggingBuilder Configure(ILoggingBuilder logging) =>
        logging.AddSimpleConsole(console =>
        {
            console.SingleLine = true;
            console.TimestampFormat = "HH:mm:ss ";
        });
}
