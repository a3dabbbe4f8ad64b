using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Taxonomies.Drafting;

/// <summary>
/// The writer's view of the draft was older than the draft: someone else changed it in between. Carries what they
/// changed so the person can see it and retry with their own input, which the caller keeps.
/// </summary>
public sealed class StaleDraftException : Exception
{
    public StaleDraftException(long expectedVersion, long currentVersion, IReadOnlyList<TimelineEntry> changesSince)
        : base($"The draft changed since version {expectedVersion}; it is now at version {currentVersion}.")
    {
        ExpectedVersion = expectedVersion;
        CurrentVersion = currentVersion;
        ChangesSince = changesSince;
    }

    public StaleDraftException()
        : this(0, 0, [])
    {
    }

    public StaleDraftException(string message)
        : base(message)
    {
        ChangesSince = [];
    }

    public StaleDraftException(string message, Exception innerException)
        : base(message, innerException)
    {
        ChangesSince = [];
    }

    public long ExpectedVersion { get; }

    public long CurrentVersion { get; }

    public IReadOnlyList<TimelineEntry> ChangesSince { get; }
}
