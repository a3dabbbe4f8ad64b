using System.Collections.Concurrent;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Web.Features.Sessions.Live;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>
/// The latest opinion analysis of each session: kept in memory once read or computed, loaded from its Marten
/// document otherwise, and a recompute requested from <see cref="AnalysisWorker"/> when there is none yet or the
/// room has moved on since. Pages and the API read here; only the worker computes.
/// </summary>
public sealed class SessionAnalyses(IDocumentStore store, SessionRooms rooms) : IDisposable
{
    private readonly ConcurrentDictionary<Guid, SessionAnalysis> latest = new();
    private readonly ConcurrentDictionary<Guid, byte> requested = new();
    private readonly SemaphoreSlim signal = new(0);

    /// <summary>The analysis in memory, without touching the database.</summary>
    public SessionAnalysis? Latest(Guid sessionId) => latest.GetValueOrDefault(sessionId);

    /// <summary>The latest stored analysis, or null while a first one is computed (it is requested here).</summary>
    public async Task<SessionAnalysis?> GetAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        if (!latest.TryGetValue(sessionId, out var analysis))
        {
            await using var query = store.QuerySession();
            analysis = await query.LoadAsync<SessionAnalysis>(sessionId, cancellationToken);
            if (analysis is not null)
            {
                latest.TryAdd(sessionId, analysis);
            }
        }

        var room = rooms.Loaded(sessionId);
        if (analysis is null || (room is not null && room.Read(state => state.LastSequence) > analysis.CoversSequence))
        {
            Request(sessionId);
        }

        return analysis;
    }

    /// <summary>Asks for a recompute; requests for the same session coalesce until the worker takes them.</summary>
    public void Request(Guid sessionId)
    {
        if (requested.TryAdd(sessionId, 0))
        {
            signal.Release();
        }
    }

    internal Task WaitForRequestAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    internal IReadOnlyList<Guid> Requested() => [.. requested.Keys];

    /// <summary>The worker takes a request just before computing, so votes arriving meanwhile ask again.</summary>
    internal void Take(Guid sessionId) => requested.TryRemove(sessionId, out _);

    internal void Stored(SessionAnalysis analysis) => latest[analysis.Id] = analysis;

    public void Dispose() => signal.Dispose();
}
