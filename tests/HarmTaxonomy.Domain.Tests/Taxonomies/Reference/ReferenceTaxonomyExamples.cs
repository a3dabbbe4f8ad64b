using HarmTaxonomy.Domain.Taxonomies.Reference;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Reference;

internal static class ReferenceTaxonomyExamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    public static ReferenceTaxonomyContent Small(params ReferenceCategory[] categories) => new(
        Slug: "example-guard-1",
        Name: "Example Guard 1",
        FullName: "Example Guard 1 hazard categories",
        Publisher: "Example Lab",
        Version: "1",
        Year: 2025,
        Released: "2025-01",
        Licence: "CC BY 4.0",
        SourceUrl: "https://example.org/guard",
        Description: "A small scheme used in tests.",
        Categories: categories.Length > 0
            ? categories
            : [new("G1", "Violence", null), new("G1.1", "Threats", "G1"), new("G2", "Privacy", null)]);

    public static ImportReferenceTaxonomy Import(ReferenceTaxonomyContent content) => new(content, "system:test", Now);
}
