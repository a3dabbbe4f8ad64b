using System.Diagnostics;
using HarmTaxonomy.LoadTests.Api;
using HarmTaxonomy.LoadTests.Database;
using HarmTaxonomy.LoadTests.Hub;
using HarmTaxonomy.LoadTests.Measuring;
using HarmTaxonomy.LoadTests.Reporting;
using HarmTaxonomy.LoadTests.Voting;

namespace HarmTaxonomy.LoadTests;

/// <summary>
/// One run: open (or join) a session, join every participant through the API, connect each to the hub, vote as the
/// settings say, then read the results, the app's commit batches and the raw insert rate, and report. Exit code 2
/// when the results do not count exactly the acknowledged votes.
/// </summary>
public static class LoadRun
{
    public static async Task<int> ExecuteAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        var loadBefore = MachineState.LoadAverage();
        using var api = new AppApi(settings.Url, settings.ConnectConcurrency);
        if (settings is { ClientId: { } clientId, ClientSecret: { } secret })
        {
            await api.SignInAsync(clientId, secret, cancellationToken);
        }

        var joinCode = settings.SessionCode ?? await OpenSessionAsync(api, settings, cancellationToken);

        var joining = Stopwatch.StartNew();
        var total = settings.Participants + settings.Observers;
        var joined = new JoinedParticipant[total];
        await Parallel.ForAsync(0, total, Parallelism(settings, cancellationToken), async (index, token) =>
            joined[index] = await api.JoinAsync(joinCode, $"Load {index + 1}", token));
        joining.Stop();
        var sessionId = joined[0].SessionId;
        Progress($"{total:N0} participants joined in {joining.Elapsed.TotalSeconds:0.0} s");
        var countedBefore = api.SignedIn ? (await api.ResultsAsync(sessionId, cancellationToken)).Votes : 0;

        await using var server = settings.ServerPid is { } pid ? new ServerProcess(pid) : null;
        server?.Start();

        // Observers first: their Join snapshot gives the items and their starting totals.
        TallyWatch? watch = null;
        var connecting = Stopwatch.StartNew();
        var connections = new ParticipantConnection[total];
        var first = await ParticipantConnection.OpenAsync(settings.Url, joined[settings.Participants], tallies => watch?.Observed(tallies), cancellationToken);
        connections[settings.Participants] = first.Connection;
        var items = first.Snapshot.Items.Select(item => item.Id).ToList();
        watch = new TallyWatch(items.ToDictionary(id => id, id => first.Snapshot.Tallies.FirstOrDefault(tally => tally.ItemId == id)?.Total ?? 0));
        try
        {
            await Parallel.ForAsync(0, total, Parallelism(settings, cancellationToken), async (index, token) =>
            {
                if (index != settings.Participants)
                {
                    var isObserver = index >= settings.Participants;
                    connections[index] = (await ParticipantConnection.OpenAsync(settings.Url, joined[index], isObserver ? tallies => watch.Observed(tallies) : null, token)).Connection;
                }
            });
            connecting.Stop();
            Progress($"{total:N0} hub connections open in {connecting.Elapsed.TotalSeconds:0.0} s; {items.Count} items"
                + (server is null ? "" : $"; app RSS {server.Memory().PeakRssMiB:N0} MiB"));

            var counters = new VoteCounters();
            var recorders = new VoteRecorders(counters, new LatencyHistogram(), new LatencyHistogram(), watch);
            var voters = Enumerable.Range(0, settings.VoterCount)
                .Select(index =>
                {
                    var random = new Random(index);
                    var order = items.ToArray();
                    random.Shuffle(order);
                    return new Voter(connections[index], order, settings.RetryRate, random, recorders);
                })
                .ToList();

            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var databaseCpu = settings.DatabasePid is { } postmaster ? ProcessCpu.Seconds(postmaster, withChildren: true) : 0;
            server?.Mark();
            using var timeline = new AckTimeline(counters);
            if (settings.Saturate)
            {
                await VoteDriver.SaturateAsync(voters, settings.Duration, cancellationToken);
            }
            else
            {
                var sent = await VoteDriver.AtRateAsync(voters, settings.Rate, settings.Duration, cancellationToken);
                if (sent < (long)(settings.Rate * settings.Duration.TotalSeconds) - settings.Rate)
                {
                    Progress($"Only {sent:N0} votes could be sent: the voters ran out of items (give more --items).");
                }
            }

            var votingWindow = timeline.Elapsed;
            var serverCpu = server?.CpuSinceMark();
            double? databaseCores = settings.DatabasePid is { } postmasterPid
                ? Math.Round((ProcessCpu.Seconds(postmasterPid, withChildren: true) - databaseCpu) / votingWindow.TotalSeconds, 2)
                : null;
            var clientCores = Math.Round((Process.GetCurrentProcess().TotalProcessorTime - clientCpu).TotalSeconds / votingWindow.TotalSeconds, 2);
            var durablePerSecond = timeline.SteadyRate(settings.Duration);
            await timeline.DisposeAsync();
            await WaitForTalliesAsync(watch, cancellationToken);
            Progress("Voting over; reading results");

            long? counted = api.SignedIn ? (await api.ResultsAsync(sessionId, cancellationToken)).Votes - countedBefore : null;
            BatchFigures? batches = null;
            RawInsertFigures? raw = null;
            if (settings.Database is { } database && counters.AcknowledgedUnique > 0)
            {
                batches = await CommitBatches.ReadAsync(database, voters.Select(voter => voter.ParticipantId).ToList(), cancellationToken);
                Progress($"Raw inserts at batch {batches.MeanBatch:0} for {settings.RawInsertDuration.TotalSeconds:0} s (plus 1 s warm-up), twice");
                raw = await RawInserts.MeasureAsync(database, (int)Math.Round(batches.MeanBatch), settings.RawInsertDuration, cancellationToken);
            }

            var report = new LoadReport(
                settings.Saturate ? "saturate" : settings.Idle ? "idle" : "rate",
                new RunShape(sessionId, settings.Participants, settings.Observers, voters.Count, items.Count, settings.Rate, settings.Duration.TotalSeconds, settings.RetryRate),
                new MachineState(Environment.ProcessorCount, loadBefore, MachineState.LoadAverage()),
                new SetupFigures(
                    Math.Round(joining.Elapsed.TotalSeconds, 1), Math.Round(total / joining.Elapsed.TotalSeconds), Math.Round(connecting.Elapsed.TotalSeconds, 1), total),
                new VoteFigures(
                    counters.Sent, counters.RetriesSent, counters.Accepted, counters.Duplicates, counters.FirstAttemptsAnsweredDuplicate, counters.AcknowledgedUnique,
                    counted, counted is null ? null : counted == counters.AcknowledgedUnique, counters.Failed,
                    counters.Errors.ToDictionary(error => error.Key, error => error.Value),
                    Math.Round(counters.Sent / votingWindow.TotalSeconds), Math.Round(durablePerSecond)),
                recorders.Acks.Summarise(),
                recorders.RetryAcks.Summarise(),
                watch.Latencies.Summarise(),
                watch.NotShown(),
                server?.Memory(),
                serverCpu,
                databaseCores,
                clientCores,
                batches,
                raw,
                settings.Saturate && raw is { DurableRowsPerSecond: > 0 } ? Math.Round(durablePerSecond / raw.DurableRowsPerSecond, 3) : null);
            await Console.Out.WriteAsync(settings.Json ? ReportWriter.ToJson(report) + Environment.NewLine : ReportWriter.ToText(report));
            if (settings.JsonOut is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, ReportWriter.ToJson(report) + Environment.NewLine, cancellationToken);
            }

            return report.Votes.CountedEqualsAcknowledged == false ? 2 : 0;
        }
        finally
        {
            await Parallel.ForEachAsync(connections.Where(connection => connection is not null), Parallelism(settings, CancellationToken.None), (connection, _) => connection.DisposeAsync());
        }
    }

    private static async Task<string> OpenSessionAsync(AppApi api, LoadSettings settings, CancellationToken cancellationToken)
    {
        var opened = await api.OpenSessionAsync(settings.Taxonomy, cancellationToken);
        // A facilitator's seed is accepted at once; the room serialises seeds anyway, so they go one at a time.
        for (var index = 1; index <= settings.ItemCount; index++)
        {
            await api.SeedStatementAsync(opened.Id, $"Load statement {index}: people should be able to report harm number {index} in one step.", cancellationToken);
        }

        await api.ChangePhaseAsync(opened.Id, "voting", cancellationToken);
        Progress($"Session {opened.Id} (join code {opened.JoinCode}) open for voting with {settings.ItemCount} statements");
        return opened.JoinCode;
    }

    /// <summary>Every vote acknowledged should reach the observers within the broadcast interval; a few seconds at most.</summary>
    private static async Task WaitForTalliesAsync(TallyWatch watch, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        while (watch.NotShown() > 0 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await timer.WaitForNextTickAsync(cancellationToken);
        }
    }

    private static ParallelOptions Parallelism(LoadSettings settings, CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = settings.ConnectConcurrency, CancellationToken = cancellationToken };

    private static void Progress(string message) => Console.Error.WriteLine($"[load {DateTime.Now:HH:mm:ss}] {message}");
}
