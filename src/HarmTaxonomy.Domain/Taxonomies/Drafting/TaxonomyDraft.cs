using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Domain.Taxonomies.Publishing;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Taxonomies.Drafting;

/// <summary>
/// The write model of one taxonomy: everything the rules need to decide a change, rebuilt from its event stream.
/// Mutable on purpose: a draft of thousands of categories changes one category per event.
/// </summary>
public sealed class TaxonomyDraft
{
    private readonly Dictionary<Guid, DraftCategory> categories = [];
    private readonly Dictionary<string, Guid> notations = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> languages = [];
    private readonly List<PublishedVersion> versions = [];
    private readonly HashSet<Guid> removed = [];

    private TaxonomyDraft(TaxonomyCreated created, long version)
    {
        Id = created.TaxonomyId;
        Slug = created.Slug;
        Title = created.Title;
        Description = created.Description;
        Licence = created.Licence;
        languages.AddRange(created.Languages);
        CreatedAt = created.At;
        UpdatedAt = created.At;
        Version = version;
    }

    public Guid Id { get; }

    public string Slug { get; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public string Licence { get; private set; }

    public IReadOnlyList<string> Languages => languages;

    public string SourceLanguage => languages[0];

    /// <summary>The stream version: what a writer's <c>If-Match</c> must name.</summary>
    public long Version { get; private set; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<DraftCategory> Categories => categories.Values;

    public IReadOnlyList<PublishedVersion> Versions => versions;

    public PublishedVersion? LatestVersion => versions.Count > 0 ? versions[^1] : null;

    public TaxonomySnapshot? LastPublished { get; private set; }

    /// <summary>The rule the curators published for accepting proposals; null until they do (the default applies).</summary>
    public AcceptanceRule? AcceptanceRule { get; private set; }

    public static TaxonomyDraft Start(TaxonomyCreated created, long version) => new(created, version);

    public DraftCategory? Find(Guid id) => categories.GetValueOrDefault(id);

    /// <summary>True when the id names a category now or named one that was removed: removed ids are never reused.</summary>
    internal bool IsIdTaken(Guid id) => categories.ContainsKey(id) || removed.Contains(id);

    public bool HasLanguage(string language) => languages.Contains(language, StringComparer.Ordinal);

    public Guid? NotationOwner(string notation) => notations.TryGetValue(notation, out var id) ? id : null;

    public IReadOnlyList<DraftCategory> ChildrenOf(Guid? parentId) =>
        [.. categories.Values
            .Where(category => category.ParentId == parentId)
            .OrderBy(category => category.Position)
            .ThenBy(category => category.Notation, StringComparer.Ordinal)];

    /// <summary>True when <paramref name="candidate"/> is <paramref name="root"/> or lies anywhere below it.</summary>
    public bool IsInSubtree(Guid candidate, Guid root)
    {
        var seen = new HashSet<Guid>();
        for (Guid? current = candidate; current is { } id && seen.Add(id); current = Find(id)?.ParentId)
        {
            if (id == root)
            {
                return true;
            }
        }

        return false;
    }

    public int NextPosition(Guid? parentId)
    {
        var max = -1;
        foreach (var category in categories.Values)
        {
            if (category.ParentId == parentId && category.Position > max)
            {
                max = category.Position;
            }
        }

        return max + 1;
    }

    public TaxonomySnapshot Snapshot() => new(
        Slug,
        Title,
        Description,
        Licence,
        [.. languages],
        [.. TreeOrder.Sort(categories.Values, c => c.Id, c => c.ParentId, c => c.Position, c => c.Notation).Select(VersionCategory.From)]);

    public void Apply(ITaxonomyEvent change, long version)
    {
        switch (change)
        {
            case TaxonomyDetailsChanged details:
                Title = details.Title;
                Description = details.Description;
                Licence = details.Licence;
                break;
            case TaxonomyLanguageAdded added:
                languages.Add(added.Language);
                break;
            case AcceptanceRulePublished rule:
                AcceptanceRule = rule.Rule;
                break;
            case TaxonomyVersionPublished published:
                versions.Add(PublishedVersion.From(published));
                LastPublished = published.Snapshot;
                break;
            case ICategoryEvent categoryChange:
                foreach (var id in categoryChange.TouchedCategories())
                {
                    ApplyToCategory(id, categoryChange, version);
                }

                break;
        }

        Version = version;
        UpdatedAt = change.At;
    }

    private void ApplyToCategory(Guid id, ICategoryEvent change, long version)
    {
        var before = Find(id);
        var after = DraftCategoryEvolution.Evolve(before, id, change, version);
        if (before is not null)
        {
            notations.Remove(before.Notation);
            categories.Remove(id);
        }

        if (after is not null)
        {
            categories[id] = after;
            notations[after.Notation] = id;
        }
        else if (before is not null)
        {
            removed.Add(id);
        }
    }
}
