using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using HarmTaxonomy.TestSupport;
using Marten;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

/// <summary>The taxonomy API through real HTTP with real tokens, where everything works.</summary>
public sealed class TaxonomyApiJourneyTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private const string Route = TaxonomyApiCaller.Route;

    [Fact]
    public async Task A_curator_builds_publishes_merges_and_diffs_a_taxonomy()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);

        var created = await curator.PostAsync(Route, new { slug = "journey", title = "Journey", description = "Harms met on the way", languages = new[] { "en", "es" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.OriginalString.ShouldBe("/api/v1/taxonomies/journey");
        created.ETag().ShouldBe("\"1\"");
        var summary = await created.JsonAsync();
        summary.GetProperty("licence").GetString().ShouldBe("CC-BY-4.0");
        summary.GetProperty("languages").EnumerateArray().Select(language => language.GetString()).ShouldBe(["en", "es"]);

        var violence = await curator.AddCategoryAsync("journey", "Violence");
        var weapons = await curator.AddCategoryAsync("journey", "Weapons", violence);
        var firearms = await curator.AddCategoryAsync("journey", "Firearms", weapons);
        var hate = await curator.AddCategoryAsync("journey", "Hate");
        var slurs = await curator.AddCategoryAsync("journey", "Slurs", hate);
        var harassment = await curator.AddCategoryAsync("journey", "Harassment");

        var translated = await curator.PutAsync($"{Route}/journey/draft/categories/{hate}/labels/es", new { label = "Incitación al odio", definition = "Contenido que ataca a un grupo." });
        translated.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await translated.JsonAsync()).GetProperty("id").GetGuid().ShouldBe(hate);
        (await curator.PutAsync($"{Route}/journey/draft/categories/{violence}/labels/es", new { label = "Violencia", definition = "" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var mapped = await curator.PostAsync($"{Route}/journey/draft/categories/{hate}/mappings", new { reference = "llama-guard-3", code = "S10", relation = "closeMatch", note = "Same idea" });
        mapped.StatusCode.ShouldBe(HttpStatusCode.Created);
        var lowercase = await curator.PostAsync($"{Route}/journey/draft/categories/{violence}/mappings", new { reference = "llama-guard-3", code = "s1", relation = "broadMatch" });
        lowercase.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await lowercase.JsonAsync()).GetProperty("mapping").GetProperty("code").GetString().ShouldBe("S1");

        var draftResponse = await curator.GetAsync($"{Route}/journey/draft");
        var draft = await draftResponse.JsonAsync();
        draftResponse.ETag().ShouldBe($"\"{draft.GetProperty("draftVersion").GetInt64()}\"");
        var categories = draft.GetProperty("categories").EnumerateArray().ToList();
        categories.Select(category => category.GetProperty("notation").GetString())
            .ShouldBe(["HT-1", "HT-1.1", "HT-1.1.1", "HT-2", "HT-2.1", "HT-3"]);
        var hateInDraft = categories.Single(category => category.GetProperty("id").GetGuid() == hate);
        hateInDraft.GetProperty("labels").GetProperty("es").GetString().ShouldBe("Incitación al odio");
        hateInDraft.GetProperty("status").GetString().ShouldBe("active");
        hateInDraft.GetProperty("mappings")[0].GetProperty("reference").GetString().ShouldBe("llama-guard-3");
        categories.Single(category => category.GetProperty("id").GetGuid() == firearms).GetProperty("parentId").GetGuid().ShouldBe(weapons);

        var first = await curator.PostAsync($"{Route}/journey/versions", new { version = "1.0.0", changelog = "First release." });
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Location!.OriginalString.ShouldBe("/api/v1/taxonomies/journey/versions/1.0.0");
        var release = await first.JsonAsync();
        release.GetProperty("bump").GetString().ShouldBe("major");
        release.GetProperty("previousVersion").ValueKind.ShouldBe(JsonValueKind.Null);
        release.GetProperty("categoryCount").GetInt32().ShouldBe(6);
        release.GetProperty("changelog").GetString().ShouldBe("First release.");

        var merged = await curator.PostAsync($"{Route}/journey/draft/categories/{hate}/merge", new { into = harassment, reason = "Hard to tell apart" });
        merged.StatusCode.ShouldBe(HttpStatusCode.OK);

        var tooSmall = await curator.PostAsync($"{Route}/journey/versions", new { version = "1.1.0", changelog = "" });
        tooSmall.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refusal = await tooSmall.ProblemAsync();
        refusal.GetProperty("minimumVersion").GetString().ShouldBe("2.0.0");
        refusal.GetProperty("detail").GetString()!.ShouldContain("2.0.0");
        refusal.ErrorsFor("version").ShouldNotBeEmpty();

        var second = await curator.PostAsync($"{Route}/journey/versions", new { version = "2.0.0", changelog = "" });
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secondRelease = await second.JsonAsync();
        secondRelease.GetProperty("previousVersion").GetString().ShouldBe("1.0.0");
        secondRelease.GetProperty("changelog").GetString()!.ShouldContain("Merged **HT-2** Hate into **HT-3** Harassment");

        var diffResponse = await curator.GetAsync($"{Route}/journey/diff?from=1.0.0&to=2.0.0");
        diffResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        var diff = await diffResponse.JsonAsync();
        diff.GetProperty("requiredBump").GetString().ShouldBe("major");
        var deprecated = diff.GetProperty("deprecated").EnumerateArray().Single();
        deprecated.GetProperty("kind").GetString().ShouldBe("mergedInto");
        deprecated.GetProperty("category").GetProperty("id").GetGuid().ShouldBe(hate);
        deprecated.GetProperty("replacedBy")[0].GetProperty("id").GetGuid().ShouldBe(harassment);
        var moved = diff.GetProperty("moved").EnumerateArray().Single();
        moved.GetProperty("category").GetProperty("id").GetGuid().ShouldBe(slurs);
        moved.GetProperty("fromParent").GetProperty("id").GetGuid().ShouldBe(hate);
        moved.GetProperty("toParent").GetProperty("id").GetGuid().ShouldBe(harassment);
        var migration = diff.GetProperty("migration").EnumerateArray().ToDictionary(entry => entry.GetProperty("from").GetGuid());
        migration[hate].GetProperty("kind").GetString().ShouldBe("replaced");
        migration[hate].GetProperty("to").EnumerateArray().Select(id => id.GetGuid()).ShouldBe([harassment]);
        migration[slurs].GetProperty("kind").GetString().ShouldBe("same");
        migration.Count.ShouldBe(6);

        var versions = await (await curator.GetAsync($"{Route}/journey/versions")).JsonAsync();
        versions.EnumerateArray().Select(version => version.GetProperty("version").GetString()).ShouldBe(["1.0.0", "2.0.0"]);

        var history = await (await curator.GetAsync($"{Route}/journey/draft/categories/{slurs}")).JsonAsync();
        history.GetProperty("notation").GetString().ShouldBe("HT-2.1");
        var entries = history.GetProperty("history").EnumerateArray().ToList();
        entries.Select(entry => entry.GetProperty("kind").GetString()).ShouldBe(["added", "moved"]);
        entries[1].GetProperty("by").GetProperty("name").GetString().ShouldBe(curator.ActorName);
        entries[1].GetProperty("by").GetProperty("id").GetString().ShouldBe(curator.OwnerId.ToString());
        entries[1].GetProperty("reason").GetString().ShouldBe("Hard to tell apart");
    }

    [Fact]
    public async Task The_canonical_json_of_a_version_hashes_to_its_published_sha256()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("hash");
        var category = await curator.AddCategoryAsync(slug, "Odio y acoso — «citas»");
        await curator.PutAsync($"{Route}/{slug}/draft/categories/{category}/labels/es", new { label = "Discurso de odio", definition = "Ataques por origen, religión o género.", scopeNote = "Incluye 😀 y ñ." });
        await curator.PutAsync($"{Route}/{slug}/draft/categories/{category}/details/en", new { examples = new[] { "b example", "a example" }, altLabels = new[] { "Hate" }, severityGuidance = "High when targeted." });
        await curator.PostAsync($"{Route}/{slug}/draft/categories/{category}/mappings", new { uri = "https://example.org/concepts/hate", relation = "exactMatch" });
        await curator.PostAsync($"{Route}/{slug}/draft/categories/{category}/mappings", new { reference = "llama-guard-3", code = "S10", relation = "closeMatch" });
        var published = await (await curator.PostAsync($"{Route}/{slug}/versions", new { version = "1.0.0", changelog = "Primera versión." })).JsonAsync();

        var download = await curator.GetAsync($"{Route}/{slug}/versions/1.0.0");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var bytes = await download.Content.ReadAsByteArrayAsync();
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        sha256.ShouldBe(published.GetProperty("sha256").GetString());
        download.ETag().ShouldBe($"\"{sha256}\"");
        var document = JsonDocument.Parse(bytes).RootElement;
        document.GetProperty("$schema").GetString().ShouldBe("/schemas/taxonomy-version.json");
        document.GetProperty("version").GetString().ShouldBe("1.0.0");
        document.GetProperty("categories")[0].GetProperty("labels").GetProperty("es").GetString().ShouldBe("Discurso de odio");
        var listed = await (await curator.GetAsync($"{Route}/{slug}/versions")).JsonAsync();
        listed[0].GetProperty("sha256").GetString().ShouldBe(sha256);
    }

    [Fact]
    public async Task Writes_answer_the_new_draft_version_as_etag_and_take_it_back_in_every_if_match_form()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("etags");
        var draft = await curator.GetAsync($"{Route}/{slug}/draft");
        draft.ETag().ShouldBe("\"1\"");

        var quoted = await curator.PostAsync($"{Route}/{slug}/draft/categories", new { label = "One", definition = "", modalities = new[] { "text" } }, ifMatch: "\"1\"");
        var bare = await curator.PostAsync($"{Route}/{slug}/draft/categories", new { label = "Two", definition = "", modalities = new[] { "image" } }, ifMatch: "2");
        var weak = await curator.PostAsync($"{Route}/{slug}/draft/categories", new { label = "Three", definition = "", modalities = Array.Empty<string>() }, ifMatch: "W/\"3\"");

        foreach (var (response, version) in new[] { (quoted, 2), (bare, 3), (weak, 4) })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            response.ETag().ShouldBe($"\"{version}\"");
            var body = await response.JsonAsync();
            body.GetProperty("draftVersion").GetInt64().ShouldBe(version);
            response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/taxonomies/{slug}/draft/categories/{body.GetProperty("id").GetGuid()}");
        }

        (await quoted.JsonAsync()).GetProperty("notation").GetString().ShouldBe("HT-1");
        (await weak.JsonAsync()).GetProperty("notation").GetString().ShouldBe("HT-3");
        var summary = await curator.GetAsync($"{Route}/{slug}");
        summary.ETag().ShouldBe("\"4\"");
        (await summary.JsonAsync()).GetProperty("categoryCount").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task Every_other_draft_operation_is_reachable()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("reach");
        var parent = await curator.AddCategoryAsync(slug, "Parent");
        var first = await curator.AddCategoryAsync(slug, "First", parent);
        var second = await curator.AddCategoryAsync(slug, "Second", parent);
        var doomed = await curator.AddCategoryAsync(slug, "Mistake");
        var broad = await curator.AddCategoryAsync(slug, "Broad");
        var category = $"{Route}/{slug}/draft/categories";

        (await curator.PutAsync($"{Route}/{slug}", new { title = "Renamed", description = "Now described", licence = "CC0-1.0" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var language = await curator.PostAsync($"{Route}/{slug}/languages", new { language = "pt-BR" });
        (await language.JsonAsync()).GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["en", "es", "pt-BR"]);
        (await curator.PutAsync($"{category}/{first}/details/en", new { examples = new[] { "An example" }, altLabels = new[] { "Initial" }, severityGuidance = "Low" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.PutAsync($"{category}/{first}/modalities", new { modalities = new[] { "video", "text" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.PutAsync($"{category}/{first}/notation", new { notation = "P-FIRST" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.PostAsync($"{Route}/{slug}/draft/reorder", new { parentId = parent, orderedIds = new[] { second, first } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.PostAsync($"{category}/{second}/move", new { parentId = (Guid?)null })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await curator.DeleteAsync($"{category}/{doomed}?reason=Added+by+mistake")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await curator.PostAsync($"{category}/{first}/mappings", new { uri = "urn:example:first", relation = "relatedMatch" });
        (await curator.DeleteAsync($"{category}/{first}/mappings?target=urn:example:first")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var split = await curator.PostAsync($"{category}/{broad}/split", new { into = new[] { new { label = "Narrow A", definition = "A" }, new { label = "Narrow B", definition = "B" } }, reason = "Too broad" });
        split.StatusCode.ShouldBe(HttpStatusCode.OK);
        var parts = (await split.JsonAsync()).GetProperty("into").EnumerateArray().ToList();
        parts.Select(part => part.GetProperty("label").GetString()).ShouldBe(["Narrow A", "Narrow B"]);
        var narrowA = parts[0].GetProperty("id").GetGuid();
        (await curator.PostAsync($"{category}/{second}/deprecate", new { replacedBy = new[] { narrowA }, reason = "Covered by Narrow A" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        var draft = await (await curator.GetAsync($"{Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("title").GetString().ShouldBe("Renamed");
        draft.GetProperty("licence").GetString().ShouldBe("CC0-1.0");
        var byId = draft.GetProperty("categories").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetGuid());
        byId.ShouldNotContainKey(doomed);
        byId[first].GetProperty("notation").GetString().ShouldBe("P-FIRST");
        byId[first].GetProperty("modalities").EnumerateArray().Select(m => m.GetString()).ShouldBe(["text", "video"]);
        byId[first].GetProperty("examples").GetProperty("en")[0].GetString().ShouldBe("An example");
        byId[first].GetProperty("mappings").GetArrayLength().ShouldBe(0);
        byId[second].GetProperty("parentId").ValueKind.ShouldBe(JsonValueKind.Null);
        byId[second].GetProperty("status").GetString().ShouldBe("deprecated");
        byId[second].GetProperty("deprecation").GetProperty("replacedBy")[0].GetGuid().ShouldBe(narrowA);
        byId[broad].GetProperty("deprecation").GetProperty("kind").GetString().ShouldBe("splitInto");

        var plan = await (await curator.GetAsync($"{Route}/{slug}/publication-plan")).JsonAsync();
        plan.GetProperty("canPublish").GetBoolean().ShouldBeTrue();
        plan.GetProperty("suggestedVersion").GetString().ShouldBe("1.0.0");
        var toDraft = await curator.GetAsync($"{Route}/{slug}/diff?from=draft&to=draft");
        (await toDraft.JsonAsync()).GetProperty("requiredBump").GetString().ShouldBe("none");
        await app.Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var coverage = await curator.GetAsync($"{Route}/{slug}/coverage?reference=llama-guard-3");
        coverage.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = await coverage.JsonAsync();
        report.GetProperty("computed").GetBoolean().ShouldBeTrue();
        report.GetProperty("coveredDraftVersion").GetInt64().ShouldBe(draft.GetProperty("draftVersion").GetInt64());
        report.GetProperty("references").EnumerateArray().Select(reference => reference.GetProperty("reference").GetString()).ShouldBe(["llama-guard-3"]);
        var list = await (await curator.GetAsync(Route)).JsonAsync();
        list.EnumerateArray().Select(taxonomy => taxonomy.GetProperty("slug").GetString()).ShouldContain(slug);
    }
}
