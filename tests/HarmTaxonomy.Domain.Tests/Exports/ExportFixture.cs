using HarmTaxonomy.Domain.Exports;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports;

/// <summary>
/// A tiny published version in English and Spanish with every state the exports must show: a parent with a mapped
/// child, a category deprecated by a merge into another, and one with no Spanish translation.
/// </summary>
public static class ExportFixture
{
    public static readonly Guid Violence = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public static readonly Guid Threats = Guid.Parse("0190a000-0000-7000-8000-000000000002");
    public static readonly Guid OldScams = Guid.Parse("0190a000-0000-7000-8000-000000000003");
    public static readonly Guid Fraud = Guid.Parse("0190a000-0000-7000-8000-000000000004");

    public static readonly DateTimeOffset Released = new(2026, 11, 20, 9, 30, 0, TimeSpan.Zero);

    public static TaxonomySnapshot Snapshot(string threatsDefinition = "Statements of intent to harm someone.") => new(
        "community-harms",
        "Community harms",
        "Harms our community sees online.",
        "CC-BY-4.0",
        ["en", "es"],
        [
            new VersionCategory
            {
                Id = Violence,
                Notation = "HT-1",
                Position = 0,
                Modalities = [Modality.Text, Modality.Image],
                Labels = Texts(("en", "Violence"), ("es", "Violencia")),
                Definitions = Texts(("en", "Content that promotes physical harm."), ("es", "Contenido que promueve daño físico.")),
            },
            new VersionCategory
            {
                Id = Threats,
                Notation = "HT-1.1",
                ParentId = Violence,
                Position = 0,
                Modalities = [Modality.Text],
                Labels = Texts(("en", "Threats"), ("es", "Amenazas")),
                Definitions = Texts(("en", threatsDefinition)),
                ScopeNotes = Texts(("en", "Not fiction or news reporting.")),
                Examples = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["I will hurt you", "Watch your back"] },
                Mappings = [new CategoryMapping(MappingRelation.ExactMatch, "MLCommons", "S1", null, null)],
            },
            new VersionCategory
            {
                Id = OldScams,
                Notation = "HT-2",
                Position = 1,
                Status = CategoryStatus.Deprecated,
                Deprecation = new Deprecation(DeprecationKind.MergedInto, [Fraud], "Same harm"),
                Labels = Texts(("en", "Scams"), ("es", "Estafas")),
                Definitions = Texts(("en", "Tricks to take money.")),
            },
            new VersionCategory
            {
                Id = Fraud,
                Notation = "HT-3",
                Position = 2,
                Modalities = [Modality.Text],
                Labels = Texts(("en", "Fraud")),
                Definitions = Texts(("en", "Deceiving people for gain.")),
                Mappings =
                [
                    new CategoryMapping(MappingRelation.CloseMatch, "MLCommons", "S2", null, null),
                    new CategoryMapping(MappingRelation.RelatedMatch, null, null, "https://example.org/fraud", null),
                ],
            },
        ]);

    public static VersionRelease Release(TaxonomySnapshot? snapshot = null, IReadOnlyList<string>? curators = null) => new(
        snapshot ?? Snapshot(),
        "2.0.0",
        Released,
        curators ?? ["Ana García", "Sam Lee"],
        "Community harms collective",
        "https://harms.example.org/taxonomies/community-harms/versions/2.0.0",
        "https://harms.example.org/taxonomies/community-harms",
        "10.5281/zenodo.123");

    private static Dictionary<string, string> Texts(params (string Language, string Text)[] texts) =>
        texts.ToDictionary(text => text.Language, text => text.Text);
}
