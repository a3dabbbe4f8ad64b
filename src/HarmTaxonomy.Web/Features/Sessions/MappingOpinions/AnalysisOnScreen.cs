using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Web.Features.Sessions.Analysing;

namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// The analysis a page shows: loaded once from <see cref="SessionAnalyses"/> when the circuit starts, then replaced by
/// each one the worker announces. An older result never replaces a newer one, whichever arrives last (the first load
/// and an announcement can cross).
/// </summary>
public sealed class AnalysisOnScreen
{
    public SessionAnalysis? Current { get; private set; }

    /// <summary>True once the page has asked; until then the views show that they are loading.</summary>
    public bool Loaded { get; private set; }

    public async Task LoadAsync(SessionAnalyses analyses, Guid sessionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        Offer(await analyses.GetAsync(sessionId, cancellationToken));
        Loaded = true;
    }

    /// <returns>True when the analysis on screen changed.</returns>
    public bool Offer(SessionAnalysis? candidate)
    {
        if (candidate is null || (Current is not null && !IsNewer(candidate, Current)))
        {
            return false;
        }

        Current = candidate;
        return true;
    }

    private static bool IsNewer(SessionAnalysis candidate, SessionAnalysis current) =>
        candidate.CoversSequence > current.CoversSequence
        || (candidate.CoversSequence == current.CoversSequence && candidate.ComputedAt > current.ComputedAt);

    public void Clear()
    {
        Current = null;
        Loaded = false;
    }
}
