using System.Diagnostics;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Rooms;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Marten;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>
/// Recomputes a session's opinion analysis after its votes change, off the vote path: votes only request a
/// recompute, and this worker runs at most one per session per <see cref="AnalysisOptions.MinIntervalMilliseconds"/>
/// (longer for a session whose computation takes more than a quarter of that: see <see cref="RestPerComputeTime"/>),
/// copying the votes under the room's lock and computing outside it. Each result is stored as a
/// <see cref="SessionAnalysis"/> document and announced as <c>AnalysisUpdated</c>.
/// </summary>
public sealed class AnalysisWorker(
    SessionAnalyses analyses,
    SessionRooms rooms,
    SessionFeed feed,
    IDocumentStore store,
    IOptions<AnalysisOptions> options,
    TimeProvider time,
    ILogger<AnalysisWorker> logger) : BackgroundService
{
    /// <summary>A heavy session waits this many times its last computation before the next, so analysis never takes most of a core from voting.</summary>
    public const int RestPerComputeTime = 3;

    private readonly Dictionary<Guid, (DateTimeOffset Started, TimeSpan Took)> last = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var subscription = feed.SubscribeAll((sessionId, update) =>
        {
            if (update.Kind is SessionUpdateKind.TalliesChanged or SessionUpdateKind.ItemModerated)
            {
                analyses.Request(sessionId);
            }
        });
        var interval = TimeSpan.FromMilliseconds(options.Value.MinIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Woken by a request, or every tenth of the interval to pick up requests that had to wait their turn.
                await analyses.WaitForRequestAsync(interval / 10, stoppingToken);
                foreach (var sessionId in analyses.Requested())
                {
                    var now = time.GetUtcNow();
                    if (last.TryGetValue(sessionId, out var previous) && now - previous.Started < Max(interval, previous.Took * (1 + RestPerComputeTime)))
                    {
                        continue;
                    }

                    analyses.Take(sessionId);
                    var watch = Stopwatch.StartNew();
                    await RecomputeAsync(sessionId, now, stoppingToken);
                    last[sessionId] = (now, watch.Elapsed);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "The opinion analysis worker failed; it carries on with the next request");
            }
        }
    }

    private async Task RecomputeAsync(Guid sessionId, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var room = await rooms.GetAsync(sessionId, cancellationToken);
        if (room is null)
        {
            return;
        }

        var input = room.Read(AnalysisInput.Of);
        var previous = analyses.Latest(sessionId) ?? await analyses.GetAsync(sessionId, cancellationToken);
        if (previous is not null && previous.CoversSequence >= input.LastSequence)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        var analysis = OpinionAnalyzer.Analyze(input.ToMatrix(), new AnalysisParameters { Seed = SeedOf(sessionId) }, previous?.Analysis, input.Traits);
        watch.Stop();
        var document = new SessionAnalysis
        {
            Id = sessionId,
            Analysis = analysis,
            VotesRecorded = input.VotesRecorded,
            CoversSequence = input.LastSequence,
            StartedAt = startedAt,
            ComputedAt = time.GetUtcNow(),
            ComputeMilliseconds = watch.Elapsed.TotalMilliseconds,
        };

        await using (var session = store.LightweightSession())
        {
            session.Store(document);
            await session.SaveChangesAsync(cancellationToken);
        }

        analyses.Stored(document);
        var extremities = analysis.Items.ToDictionary(item => item.ItemId, item => item.Extremity);
        room.Update(state => state.UseExtremities(extremities));
        feed.Publish(sessionId, new SessionUpdate(SessionUpdateKind.AnalysisUpdated));
        logger.LogDebug("Analysed session {SessionId}: {Votes} votes, {Groups} groups in {Milliseconds} ms", sessionId, analysis.VoteCount, analysis.Groups.Count, document.ComputeMilliseconds);
    }

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;

    /// <summary>A session's seed is fixed by its id, so every recompute of it draws from the same stream.</summary>
    public static int SeedOf(Guid sessionId) => BitConverter.ToInt32(sessionId.ToByteArray(), 12) & int.MaxValue;
}
