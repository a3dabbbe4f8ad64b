using HarmTaxonomy.LoadTests.Database;
using HarmTaxonomy.LoadTests.Measuring;

namespace HarmTaxonomy.LoadTests.Reporting;

/// <summary>The summary of one run: what was asked, what was sent and counted, how fast, and at what cost to the app.</summary>
public sealed record LoadReport(
    string Mode,
    RunShape Shape,
    MachineState Machine,
    SetupFigures Setup,
    VoteFigures Votes,
    LatencySummary AckLatency,
    LatencySummary RetryAckLatency,
    LatencySummary TallyLatency,
    int VotesNotSeenInTallies,
    ServerMemory? ServerMemory,
    double? ServerCpuCores,
    double? DatabaseCpuCores,
    double ClientCpuCores,
    BatchFigures? CommitBatches,
    RawInsertFigures? RawInserts,
    double? DurableToRawRatio);

public sealed record RunShape(Guid SessionId, int Participants, int Observers, int Voters, int Items, double Rate, double DurationSeconds, double RetryRate);

/// <summary>Cores and load average: the tool, the app and PostgreSQL share this machine, and often other work too.</summary>
public sealed record MachineState(int Cores, string LoadAverageBefore, string LoadAverageAfter)
{
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

public sealed record SetupFigures(double JoinSeconds, double JoinsPerSecond, double ConnectSeconds, int Connections);

/// <summary>
/// Sent counts first attempts; retries are extra. Counted is the results' vote count for this run's votes, which must equal
/// <see cref="AcknowledgedUnique"/>: every acknowledged vote durable, none counted twice.
/// </summary>
public sealed record VoteFigures(
    long Sent,
    long RetriesSent,
    long Accepted,
    long Duplicates,
    long FirstAttemptsAnsweredDuplicate,
    long AcknowledgedUnique,
    long? Counted,
    bool? CountedEqualsAcknowledged,
    long Failed,
    IReadOnlyDictionary<string, long> Errors,
    double SentPerSecond,
    double AcknowledgedPerSecond);
