using System.Text.Json;
using System.Text.Json.Nodes;
using HarmTaxonomy.Domain.Taxonomies.Versions;
using Json.Schema;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// The canonical JSON download against the JSON Schema the site serves (<c>src/HarmTaxonomy.Web/wwwroot/schemas/</c>),
/// evaluated by JsonSchema.Net: documents of every state pass, and broken ones fail saying where and why.
/// </summary>
public sealed class CanonicalVersionSchemaTests
{
    private static readonly string SchemaFile = RepositoryFiles.PathOf("src/HarmTaxonomy.Web/wwwroot/schemas/taxonomy-version.json");

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(SchemaFile), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true };

    [Fact]
    public void The_schema_is_served_at_the_path_the_documents_name()
    {
        CanonicalVersionJson.SchemaPath.ShouldBe("/schemas/taxonomy-version.json");
        File.Exists(SchemaFile).ShouldBeTrue();
    }

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFile));
        schema.RootElement.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");

        var result = MetaSchemas.Draft202012.Evaluate(schema.RootElement, Options);

        result.IsValid.ShouldBeTrue(Problems(result));
    }

    [Fact]
    public void The_canonical_json_of_a_version_in_every_state_is_valid()
    {
        var result = Evaluate(Document(EveryStateFixture.Canonical()));

        result.IsValid.ShouldBeTrue(Problems(result));
    }

    [Fact]
    public void The_canonical_json_of_the_export_fixture_is_valid()
    {
        var canonical = CanonicalVersionJson.Build(ExportFixture.Snapshot(), "2.0.0", null, ExportFixture.Released, "");

        var result = Evaluate(Document(canonical));

        result.IsValid.ShouldBeTrue(Problems(result));
    }

    [Fact]
    public void A_category_without_a_notation_is_refused_naming_the_category_and_property()
    {
        var document = Document(EveryStateFixture.Canonical());
        Category(document, 2).Remove("notation").ShouldBeTrue();

        var result = Evaluate(document);

        result.IsValid.ShouldBeFalse();
        Problems(result).ShouldContain("/categories/2 (");
        Problems(result).ShouldContain("Required properties [\"notation\"] are not present");
    }

    [Fact]
    public void An_unknown_status_is_refused()
    {
        var document = Document(EveryStateFixture.Canonical());
        Category(document, 0)["status"] = "retired";

        var result = Evaluate(document);

        result.IsValid.ShouldBeFalse();
        Problems(result).ShouldContain("/categories/0/status (");
    }

    [Fact]
    public void A_property_the_schema_does_not_know_is_refused_at_the_top_level()
    {
        var document = Document(EveryStateFixture.Canonical());
        document["extra"] = true;

        var result = Evaluate(document);

        result.IsValid.ShouldBeFalse();
        Problems(result).ShouldContain("/extra (/additionalProperties)");
    }

    [Fact]
    public void A_mapping_with_both_a_reference_and_a_uri_is_refused()
    {
        var document = Document(EveryStateFixture.Canonical());
        var mapping = Category(document, 0)["mappings"]!.AsArray()[0]!.AsObject();
        mapping["uri"] = "https://example.org/violence";

        var result = Evaluate(document);

        result.IsValid.ShouldBeFalse();
        Problems(result).ShouldContain("/categories/0/mappings/0 (");
    }

    [Fact]
    public void A_deprecation_of_an_unknown_kind_is_refused()
    {
        var document = Document(EveryStateFixture.Canonical());
        var deprecated = document["categories"]!.AsArray().Select(node => node!.AsObject()).First(category => category["deprecation"] is not null);
        deprecated["deprecation"]!["kind"] = "renamed";

        var result = Evaluate(document);

        result.IsValid.ShouldBeFalse();
        Problems(result).ShouldContain("/deprecation/kind (");
    }

    private static JsonObject Document(CanonicalVersion version) =>
        JsonNode.Parse(CanonicalVersionJson.Serialize(version))!.AsObject();

    private static JsonObject Category(JsonObject document, int index) => document["categories"]![index]!.AsObject();

    private static EvaluationResults Evaluate(JsonObject document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        return Schema.Value.Evaluate(parsed.RootElement.Clone(), Options);
    }

    /// <summary>
    /// Each error that made the document invalid as "instance location (schema path): message", one a line, to read in
    /// a failed assertion. Only failing nodes are followed, so the branches a passing <c>oneOf</c> rejected stay out.
    /// </summary>
    private static string Problems(EvaluationResults result) => string.Join('\n', Failures(result));

    private static IEnumerable<string> Failures(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        foreach (var (keyword, message) in node.Errors ?? [])
        {
            yield return $"{node.InstanceLocation} ({node.EvaluationPath}): {keyword}: {message}";
        }

        var children = (node.Details ?? []).Where(child => !child.IsValid).ToList();
        if (children.Count == 0 && node.Errors is not { Count: > 0 })
        {
            yield return $"{node.InstanceLocation} ({node.EvaluationPath}): fails";
        }

        foreach (var failure in children.SelectMany(Failures))
        {
            yield return failure;
        }
    }
}
