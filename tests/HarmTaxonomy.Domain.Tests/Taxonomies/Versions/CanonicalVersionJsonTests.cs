using System.Globalization;
using System.Text;
using System.Text.Json;
using HarmTaxonomy.Domain.Taxonomies.Mapping;
using HarmTaxonomy.Domain.Taxonomies.Merging;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using HarmTaxonomy.Domain.Taxonomies.Wording;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyExamples;
using static HarmTaxonomy.Domain.Tests.Taxonomies.TaxonomyScenario;

namespace HarmTaxonomy.Domain.Tests.Taxonomies.Versions;

public sealed class CanonicalVersionJsonTests
{
    private static readonly DateTimeOffset Released = new(2026, 4, 1, 14, 30, 15, 999, TimeSpan.FromHours(2));

    private static TaxonomySnapshot Snapshot() => Given(SmallTree("en", "de"))
        .And(new WriteCategoryText(Fraud, "de", "Betrug", null, null))
        .And(new MergeCategory(Incitement, Threats, "Same"))
        .And(new MapCategory(Fraud, "exactMatch", "llama-guard-3", "S2", null, null))
        .And(new MapCategory(Fraud, "closeMatch", null, null, "https://example.org/fraud", null))
        .Draft.Snapshot();

    private static JsonElement Json(TaxonomySnapshot snapshot, string changelog = "Notes.") =>
        JsonDocument.Parse(CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(snapshot, "1.0.0", null, Released, changelog))).RootElement;

    [Fact]
    public void The_document_names_its_schema_and_the_release_in_UTC_to_the_second()
    {
        var json = Json(Snapshot());

        json.GetProperty("$schema").GetString().ShouldBe("/schemas/taxonomy-version.json");
        json.GetProperty("slug").GetString().ShouldBe("open-harms");
        json.GetProperty("version").GetString().ShouldBe("1.0.0");
        json.GetProperty("released").GetString().ShouldBe("2026-04-01T12:30:15Z");
        json.TryGetProperty("previousVersion", out _).ShouldBeFalse();
        json.GetProperty("languages").EnumerateArray().Select(language => language.GetString()).ShouldBe(["en", "de"]);
    }

    [Fact]
    public void Label_maps_are_sorted_by_language_and_mappings_by_target()
    {
        var fraud = Json(Snapshot()).GetProperty("categories").EnumerateArray().Single(category => category.GetProperty("notation").GetString() == "HT-3");

        fraud.GetProperty("labels").EnumerateObject().Select(property => property.Name).ShouldBe(["de", "en"]);
        fraud.GetProperty("mappings").EnumerateArray().Select(mapping => mapping.GetProperty("relation").GetString()).ShouldBe(["closeMatch", "exactMatch"]);
        fraud.GetProperty("status").GetString().ShouldBe("active");
    }

    [Fact]
    public void Deprecations_are_written_with_their_kind_and_replacements()
    {
        var incitement = Json(Snapshot()).GetProperty("categories").EnumerateArray().Single(category => category.GetProperty("id").GetGuid() == Incitement);

        incitement.GetProperty("status").GetString().ShouldBe("deprecated");
        var deprecation = incitement.GetProperty("deprecation");
        deprecation.GetProperty("kind").GetString().ShouldBe("mergedInto");
        deprecation.GetProperty("replacedBy").EnumerateArray().Single().GetGuid().ShouldBe(Threats);
    }

    [Fact]
    public void Text_in_any_language_is_written_as_readable_UTF_8()
    {
        var snapshot = Given(SmallTree()).And(new WriteCategoryText(Fraud, "en", "Fraude à l'<été>", null, null)).Draft.Snapshot();

        var text = Encoding.UTF8.GetString(CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(snapshot, "1.0.0", null, Released, "")));

        text.ShouldContain("Fraude à l'<été>");
    }

    [Fact]
    public void The_same_version_gives_the_same_bytes_and_hash()
    {
        var first = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Notes."));
        var second = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Notes."));

        second.ShouldBe(first);
        CanonicalVersionJson.Sha256(second).ShouldBe(CanonicalVersionJson.Sha256(first));
        CanonicalVersionJson.Sha256(first).ShouldMatch("^[0-9a-f]{64}$");
    }

    [Fact]
    public void Another_changelog_gives_another_hash() =>
        CanonicalVersionJson.Sha256(CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Other.")))
            .ShouldNotBe(CanonicalVersionJson.Sha256(CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Notes."))));

    [Fact]
    public void The_hash_of_known_bytes_is_the_standard_SHA_256() =>
        CanonicalVersionJson.Sha256("abc"u8.ToArray()).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Fact]
    public void The_bytes_do_not_depend_on_the_current_culture()
    {
        var invariant = CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Notes."));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fa-IR");

            CanonicalVersionJson.Serialize(CanonicalVersionJson.Build(Snapshot(), "1.0.0", null, Released, "Notes.")).ShouldBe(invariant);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
