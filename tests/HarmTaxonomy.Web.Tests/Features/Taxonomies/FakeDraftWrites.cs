using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Editing;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies;

/// <summary>Stands in for the editor page: records what panels send and answers with the results a test queues.</summary>
public sealed class FakeDraftWrites
{
    private readonly Queue<WriteResult> answers = new();

    public FakeDraftWrites()
    {
        Writes = new DraftWrites(
            command =>
            {
                Sent.Add(command);
                return Task.FromResult(answers.Count > 0 ? answers.Dequeue() : Done());
            },
            () =>
            {
                Reloads++;
                return Task.CompletedTask;
            },
            () => 7);
    }

    public DraftWrites Writes { get; }

    public List<ITaxonomyCommand> Sent { get; } = [];

    public int Reloads { get; private set; }

    public FakeDraftWrites Answer(WriteResult result)
    {
        answers.Enqueue(result);
        return this;
    }

    public static WriteResult Done() => new(new WriteOutcome(Guid.Empty, 8, []), new Dictionary<string, string>(), null, null);

    public static WriteResult Refused(string field, string message) =>
        new(null, new Dictionary<string, string> { [field] = message }, null, message);

    public static WriteResult Stale(params TimelineEntry[] changes) =>
        new(null, new Dictionary<string, string>(), new StaleDraftException(7, 7 + changes.Length, changes), "stale");
}
