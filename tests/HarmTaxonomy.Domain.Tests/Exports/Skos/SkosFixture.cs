using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports.Skos;

/// <summary>
/// A tiny release 1.1.0 in English and Spanish: "Harassment" (mapped, with an alternative label) and its new child
/// "Threats", and "Insults", merged into "Threats" since 1.0.0.
/// </summary>
public static class SkosFixture
{
    public static readonly Guid Harassment = Guid.Parse("0192a000-0000-7000-8000-000000000001");
    public static readonly Guid Threats = Guid.Parse("0192a000-0000-7000-8000-000000000002");
    public static readonly Guid Insults = Guid.Parse("0192a000-0000-7000-8000-000000000003");

    public const string BaseUrl = "https://harms.example.org/";

    public static VersionCategory HarassmentCategory { get; } = new()
    {
        Id = Harassment,
        Notation = "1",
        Position = 0,
        Labels = new Dictionary<string, string> { ["es"] = "Acoso", ["en"] = "Harassment" },
        AltLabels = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["Bullying", "Harassment"] },
        Definitions = new Dictionary<string, string> { ["en"] = "Repeated \"unwanted\" contact." },
        Mappings = [new CategoryMapping(MappingRelation.CloseMatch, "mlcommons", "S1", null, null)],
    };

    public static VersionCategory InsultsBefore { get; } = new()
    {
        Id = Insults,
        Notation = "2",
        Position = 1,
        Labels = new Dictionary<string, string> { ["en"] = "Insults" },
    };

    public static TaxonomySnapshot Previous { get; } = new(
        "demo-harms", "Demo harms", "", "CC-BY-4.0", ["en", "es"], [HarassmentCategory, InsultsBefore]);

    public static TaxonomySnapshot Current { get; } = new(
        "demo-harms", "Demo harms", "A small taxonomy.", "CC-BY-4.0", ["en", "es"],
        [
            HarassmentCategory,
            new VersionCategory
            {
                Id = Threats,
                Notation = "1.1",
                ParentId = Harassment,
                Labels = new Dictionary<string, string> { ["en"] = "Threats", ["es"] = "Amenazas" },
                ScopeNotes = new Dictionary<string, string> { ["es"] = "Incluye amenazas veladas." },
                Examples = new Dictionary<string, IReadOnlyList<string>> { ["en"] = ["\"I know where you live\"", "You'll regret it 😠"] },
            },
            InsultsBefore with
            {
                Status = CategoryStatus.Deprecated,
                Deprecation = new Deprecation(DeprecationKind.MergedInto, [Threats], ""),
            },
        ]);

    public static SkosVersionInput Input { get; } = new()
    {
        Snapshot = Current,
        Version = "1.1.0",
        PreviousVersion = "1.0.0",
        Issued = new DateOnly(2026, 11, 28),
        Creators = ["Ana Curator"],
        Publisher = "Harm Taxonomy Commons",
        PublicBaseUrl = BaseUrl,
        ChangesFromPrevious = TaxonomyDiffer.Compare(Previous, "1.0.0", Current, "1.1.0"),
    };
}
