using HarmTaxonomy.Domain.Taxonomies.AddingCategories;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Tests.Taxonomies;

internal static class TaxonomyExamples
{
    public static readonly Guid TaxonomyId = Guid.Parse("01960000-0000-7000-8000-000000000001");
    public static readonly Actor Curator = new("account-ada", "Ada Curator");
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid Violence = Id(1);
    public static readonly Guid Threats = Id(2);
    public static readonly Guid Incitement = Id(3);
    public static readonly Guid Privacy = Id(4);
    public static readonly Guid Fraud = Id(5);

    public static Guid Id(int number) => Guid.Parse($"01960000-0000-7000-9000-{number:D12}");

    public static TaxonomyCreated Created(params string[] languages) => new(
        TaxonomyId, "open-harms", "Open harms", "A small taxonomy used in tests.", "CC-BY-4.0",
        languages.Length > 0 ? languages : ["en"], Curator, Now, null);

    public static CategoryAdded Added(Guid id, string notation, string label, Guid? parent = null, int position = 0, string language = "en") => new(
        TaxonomyId, id, parent, position, notation, language, label, $"Definition of {label}.", null, [Modality.Text], Curator, Now, null);

    /// <summary>HT-1 Violence (HT-1.1 Threats, HT-1.2 Incitement), HT-2 Privacy, HT-3 Fraud.</summary>
    public static ITaxonomyEvent[] SmallTree(params string[] languages) =>
    [
        Created(languages),
        Added(Violence, "HT-1", "Violence"),
        Added(Threats, "HT-1.1", "Threats", parent: Violence),
        Added(Incitement, "HT-1.2", "Incitement", parent: Violence, position: 1),
        Added(Privacy, "HT-2", "Privacy", position: 1),
        Added(Fraud, "HT-3", "Fraud", position: 2),
    ];
}
