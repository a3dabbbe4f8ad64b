using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Taxonomies.Shared;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies.Shared;

/// <summary>The dialogs' draft held in memory: reads and writes go through the real rules, with the writer's stale-draft check.</summary>
public sealed class InMemoryCurationDrafts(TaxonomyDraft draft) : ICurationDrafts
{
    public List<ITaxonomyCommand> Executed { get; } = [];

    public static IReadOnlyList<DraftTreeNode> TreeOf(TaxonomyDraft draft) => TreeOrder.Sort(
        draft.Categories.Select(category => new DraftTreeNode
        {
            Id = category.Id,
            ParentId = category.ParentId,
            Position = category.Position,
            Notation = category.Notation,
            Status = category.Status,
            Labels = category.Labels,
        }),
        node => node.Id,
        node => node.ParentId,
        node => node.Position,
        node => node.Notation);

    // Reads yield first, as a database read would, so the dialog renders its loading state before the data.
    public async Task<IReadOnlyList<DraftTreeNode>> TreeAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return TreeOf(draft);
    }

    public async Task<PublicationPlan> PlanAsync(Guid taxonomyId, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return PublicationPlan.For(draft);
    }

    public Task<WriteOutcome> ExecuteAsync(Guid taxonomyId, long expectedVersion, ITaxonomyCommand command, Actor by, CancellationToken cancellationToken)
    {
        if (expectedVersion != draft.Version)
        {
            throw new StaleDraftException(expectedVersion, draft.Version, []);
        }

        var changes = command.Decide(draft, by, DraftBuilder.At);
        foreach (var change in changes)
        {
            draft.Apply(change, draft.Version + 1);
        }

        Executed.Add(command);
        return Task.FromResult(new WriteOutcome(draft.Id, draft.Version, changes));
    }
}
