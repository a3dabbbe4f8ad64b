using System.Globalization;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Tests.Features.Taxonomies;

/// <summary>Draft trees, categories and summaries as the editor receives them, built in memory.</summary>
public static class DraftData
{
    public static readonly Actor Ana = new("ana-id", "Ana");

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static DraftTreeNode Node(string notation, string label, DraftTreeNode? parent = null, CategoryStatus status = CategoryStatus.Active, string? spanish = null)
    {
        var labels = new Dictionary<string, string> { ["en"] = label };
        if (spanish is not null)
        {
            labels["es"] = spanish;
        }

        return new DraftTreeNode { Id = Guid.NewGuid(), ParentId = parent?.Id, Notation = notation, Labels = labels, Status = status };
    }

    /// <summary>A tree in tree order with <paramref name="widths"/>[0] top-level categories, each with widths[1] children, and so on.</summary>
    public static IReadOnlyList<DraftTreeNode> Generated(params int[] widths)
    {
        var nodes = new List<DraftTreeNode>();
        AddLevel(null, "HT-", 0);
        return nodes;

        void AddLevel(DraftTreeNode? parent, string stem, int level)
        {
            if (level == widths.Length)
            {
                return;
            }

            for (var number = 1; number <= widths[level]; number++)
            {
                var notation = stem + number.ToString(CultureInfo.InvariantCulture);
                var node = Node(notation, $"Category {notation}", parent) with { Position = number - 1 };
                nodes.Add(node);
                AddLevel(node, notation + ".", level + 1);
            }
        }
    }

    public static DraftCategory Category(
        string notation = "HT-1",
        string label = "Hate speech",
        string definition = "Attacks on people for who they are.",
        CategoryStatus status = CategoryStatus.Active) => new()
        {
            Id = Guid.NewGuid(),
            TaxonomyId = Guid.NewGuid(),
            Notation = notation,
            Status = status,
            Labels = new Dictionary<string, string> { ["en"] = label },
            Definitions = new Dictionary<string, string> { ["en"] = definition },
            Modalities = [Modality.Text],
        };

    public static TaxonomySummary Summary(params string[] languages) => new()
    {
        Id = Guid.NewGuid(),
        Slug = "community-harms",
        Title = "Community harms",
        Licence = "CC-BY-4.0",
        Languages = languages.Length == 0 ? ["en"] : languages,
        CreatedBy = Ana,
        CreatedAt = Now.AddDays(-10),
        UpdatedAt = Now.AddHours(-1),
        DraftVersion = 7,
    };

    public static TimelineEntry Entry(string summary, DateTimeOffset at, long version, string? reason = null) =>
        new("changed", summary, Ana, at, reason, version);
}
