using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Researching.Browsing;

/// <summary>One release in a category's public history: whether the release holds it, and the changes it brought to it.</summary>
public sealed record CategoryHistoryStep(PublishedVersion Version, bool Contains, IReadOnlyList<TimelineEntry> Changes);

/// <summary>
/// A category's history across releases, from its timeline: each change belongs to the first release published at or
/// after it, and changes after the latest release are the draft's, which stays private.
/// </summary>
public static class CategoryHistory
{
    /// <summary>
    /// The releases that hold the category, told by its timeline alone (published after it was added and before any
    /// removal), so its page reads one release instead of all; null when the timeline does not say when it was added.
    /// </summary>
    /// <param name="versions">Every release, oldest first.</param>
    public static IReadOnlySet<string>? ReleasesHolding(IReadOnlyList<PublishedVersion> versions, IReadOnlyList<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.FirstOrDefault(entry => entry.Kind == "added") is not { } added)
        {
            return null;
        }

        var removed = timeline.FirstOrDefault(entry => entry.Kind == "removed" && entry.At >= added.At);
        return versions
            .Where(version => version.PublishedAt >= added.At && (removed is null || version.PublishedAt < removed.At))
            .Select(version => version.Version)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="versions">Every release, oldest first.</param>
    /// <param name="containing">The releases that hold the category.</param>
    /// <param name="timeline">The category's changes, oldest first.</param>
    public static IReadOnlyList<CategoryHistoryStep> Of(
        IReadOnlyList<PublishedVersion> versions, IReadOnlySet<string> containing, IReadOnlyList<TimelineEntry> timeline)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(containing);
        ArgumentNullException.ThrowIfNull(timeline);
        var steps = new List<CategoryHistoryStep>();
        var previous = DateTimeOffset.MinValue;
        foreach (var version in versions)
        {
            var changes = timeline.Where(entry => entry.At > previous && entry.At <= version.PublishedAt).ToList();
            var contains = containing.Contains(version.Version);
            previous = version.PublishedAt;

            // A release before the category existed, or long after it was removed, says nothing about it.
            if (contains || changes.Count > 0)
            {
                steps.Add(new CategoryHistoryStep(version, contains, changes));
            }
        }

        return steps;
    }
}
