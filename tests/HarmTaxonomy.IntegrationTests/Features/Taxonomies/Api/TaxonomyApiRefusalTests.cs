using System.Net;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Taxonomies.Api;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

/// <summary>The taxonomy API saying no: always a ProblemDetails, always naming what to fix, never storing half a change.</summary>
public sealed class TaxonomyApiRefusalTests(SocketAppFactory app) : IClassFixture<SocketAppFactory>
{
    private const string Route = TaxonomyApiCaller.Route;

    [Fact]
    public async Task Invalid_input_is_a_400_that_names_the_field_and_stores_nothing()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("invalid");
        var top = await curator.AddCategoryAsync(slug, "Top", notation: "T-1");
        var child = await curator.AddCategoryAsync(slug, "Child", top);
        var categories = $"{Route}/{slug}/draft/categories";
        var cases = new (string Name, Func<Task<HttpResponseMessage>> Send, string Field)[]
        {
            ("duplicate notation", () => curator.PostAsync(categories, new { label = "Other", notation = "t-1" }), "notation"),
            ("cycle on move", () => curator.PostAsync($"{categories}/{top}/move", new { parentId = child }), "parentId"),
            ("language not in taxonomy", () => curator.PutAsync($"{categories}/{top}/labels/fr", new { label = "Haut" }), "language"),
            ("language not in taxonomy on add", () => curator.PostAsync(categories, new { language = "de", label = "Oben" }), "language"),
            ("unknown parent", () => curator.PostAsync(categories, new { label = "Orphan", parentId = Guid.NewGuid() }), "parentId"),
            ("label too long", () => curator.PostAsync(categories, new { label = new string('x', 121), definition = "" }), "label"),
            ("definition too long", () => curator.PostAsync(categories, new { label = "Long", definition = new string('x', 10_001) }), "definition"),
            ("label too long on rename", () => curator.PutAsync($"{categories}/{top}/labels/en", new { label = new string('y', 121) }), "label"),
            ("missing label", () => curator.PostAsync(categories, new { definition = "No label" }), "label"),
            ("unknown modality", () => curator.PostAsync(categories, new { label = "Smell", modalities = new[] { "smell" } }), "modalities"),
            ("unknown reference taxonomy", () => curator.PostAsync($"{categories}/{top}/mappings", new { reference = "no-such-guard", code = "S1", relation = "closeMatch" }), "reference"),
            ("unknown reference code", () => curator.PostAsync($"{categories}/{top}/mappings", new { reference = "llama-guard-3", code = "S99", relation = "closeMatch" }), "code"),
            ("unknown relation", () => curator.PostAsync($"{categories}/{top}/mappings", new { uri = "https://example.org/x", relation = "sameAs" }), "relation"),
            ("merge without a target", () => curator.PostAsync($"{categories}/{child}/merge", new { reason = "Why not" }), "into"),
            ("merge without a reason", () => curator.PostAsync($"{categories}/{child}/merge", new { into = top }), "reason"),
            ("split into one", () => curator.PostAsync($"{categories}/{child}/split", new { into = new[] { new { label = "Only", definition = "" } }, reason = "Hm" }), "into"),
            ("not a version", () => curator.PostAsync($"{Route}/{slug}/versions", new { version = "one" }), "version"),
            ("mistyped parent id", () => curator.PostAsync(categories, new { label = "Typed", parentId = "not-a-guid" }), "parentId"),
            ("mistyped list", () => curator.PutAsync($"{categories}/{top}/modalities", new { modalities = "text" }), "modalities"),
            ("diff without to", () => curator.GetAsync($"{Route}/{slug}/diff?from=draft"), "to"),
        };
        var before = await curator.DraftVersionAsync(slug);

        foreach (var (name, send, field) in cases)
        {
            var response = await send();

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, name);
            var problem = await response.ProblemAsync();
            problem.ErrorsFor(field).ShouldNotBeEmpty($"{name}: {problem}");
        }

        (await curator.DraftVersionAsync(slug)).ShouldBe(before);
        var draft = await (await curator.GetAsync($"{Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("categories").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_taken_slug_or_a_bad_taxonomy_is_a_400()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("taken");

        var taken = await curator.PostAsync(Route, new { slug, title = "Again", languages = new[] { "en" } });
        var badSlug = await curator.PostAsync(Route, new { slug = "Not A Slug", title = "Bad", languages = new[] { "en" } });
        var noLanguage = await curator.PostAsync(Route, new { slug = "no-language", title = "None", languages = Array.Empty<string>() });

        (await taken.ProblemAsync()).ErrorsFor("slug").Single().ShouldContain("already taken");
        (await badSlug.ProblemAsync()).ErrorsFor("slug").ShouldNotBeEmpty();
        (await noLanguage.ProblemAsync()).ErrorsFor("languages").ShouldNotBeEmpty();
        (await curator.GetAsync($"{Route}/no-language")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Malformed_or_missing_bodies_and_unreadable_if_match_are_400_problems()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("malformed");
        var categories = $"{Route}/{slug}/draft/categories";

        var malformed = await curator.SendTextAsync(HttpMethod.Post, categories, "{\"label\": \"Unclosed");
        var missing = await curator.SendAsync(HttpMethod.Post, categories);
        var nullBody = await curator.SendTextAsync(HttpMethod.Post, categories, "null");
        var array = await curator.SendTextAsync(HttpMethod.Post, categories, "[]");
        var notJson = await curator.SendTextAsync(HttpMethod.Post, categories, "label=Form", "application/x-www-form-urlencoded");
        var badIfMatch = await curator.PostAsync(categories, new { label = "Conditional" }, ifMatch: "\"seven\"");
        var twoTags = await curator.PostAsync(categories, new { label = "Conditional" }, ifMatch: "\"1\", \"2\"");
        var huge = await curator.PostAsync(categories, new { label = "Huge", definition = new string('x', (int)TaxonomyApi.MaxBodyBytes) });

        foreach (var response in new[] { malformed, missing, nullBody, array, badIfMatch, twoTags })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await response.ProblemAsync()).GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        (await malformed.ProblemAsync()).ErrorsFor("body").Single().ShouldContain("not valid JSON");
        (await badIfMatch.ProblemAsync()).ErrorsFor("If-Match").ShouldNotBeEmpty();
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await huge.ProblemAsync()).GetProperty("title").GetString().ShouldBe("The request body could not be read");
        notJson.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await notJson.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("application/json");
        (await curator.DraftVersionAsync(slug)).ShouldBe(1);
    }

    [Fact]
    public async Task Unknown_taxonomies_categories_and_versions_are_404_problems_that_name_them()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("missing");
        var category = await curator.AddCategoryAsync(slug, "Present");
        var unknown = Guid.NewGuid();

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["no-such-taxonomy"] = await curator.GetAsync($"{Route}/no-such-taxonomy/draft"),
            ["no-such-taxonomy "] = await curator.PostAsync($"{Route}/no-such-taxonomy/draft/categories", new { label = "Lost" }),
            [unknown.ToString()] = await curator.GetAsync($"{Route}/{slug}/draft/categories/{unknown}"),
            [unknown + " "] = await curator.PutAsync($"{Route}/{slug}/draft/categories/{unknown}/labels/en", new { label = "Ghost" }),
            ["9.9.9"] = await curator.GetAsync($"{Route}/{slug}/versions/9.9.9"),
            ["9.9.8"] = await curator.GetAsync($"{Route}/{slug}/diff?from=9.9.8&to=draft"),
            ["not-a-guid"] = await curator.GetAsync($"{Route}/{slug}/draft/categories/not-a-guid"),
            ["not-a-guid "] = await curator.PostAsync($"{Route}/{slug}/draft/categories/not-a-guid/move", new { parentId = category }),
            ["urn:nothing"] = await curator.DeleteAsync($"{Route}/{slug}/draft/categories/{category}/mappings?target=urn:nothing"),
        };

        foreach (var (name, response) in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, name);
            (await response.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain(name.Trim());
        }
    }

    [Fact]
    public async Task Changes_that_clash_with_the_draft_are_409_problems()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("clash");
        var parent = await curator.AddCategoryAsync(slug, "Parent");
        await curator.AddCategoryAsync(slug, "Child", parent);
        var other = await curator.AddCategoryAsync(slug, "Other");
        var categories = $"{Route}/{slug}/draft/categories";
        await curator.PostAsync($"{categories}/{other}/deprecate", new { reason = "Unused" });
        await curator.PostAsync($"{Route}/{slug}/versions", new { version = "1.0.0" });

        var removeParent = await curator.DeleteAsync($"{categories}/{parent}");
        var mergeDeprecated = await curator.PostAsync($"{categories}/{other}/merge", new { into = parent, reason = "Tidy" });
        var publishNothing = await curator.PostAsync($"{Route}/{slug}/versions", new { version = "1.0.1" });

        foreach (var response in new[] { removeParent, mergeDeprecated, publishNothing })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await response.ProblemAsync()).GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        (await publishNothing.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("Nothing has changed since 1.0.0");
    }

    [Fact]
    public async Task A_stale_if_match_is_a_412_that_shows_the_other_writers_change()
    {
        var mine = await TaxonomyApiCaller.CuratorAsync(app);
        var theirs = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await mine.CreateTaxonomyAsync("stale");
        var category = await mine.AddCategoryAsync(slug, "Shared");
        var seen = (await mine.GetAsync($"{Route}/{slug}/draft")).ETag()!;
        await theirs.PutAsync($"{Route}/{slug}/draft/categories/{category}/labels/en", new { label = "Theirs", reason = "Clearer" }, ifMatch: seen);

        var stale = await mine.PutAsync($"{Route}/{slug}/draft/categories/{category}/labels/en", new { label = "Mine" }, ifMatch: seen);

        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.ETag().ShouldBe("\"3\"");
        var problem = await stale.ProblemAsync();
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(3);
        var change = problem.GetProperty("changes").EnumerateArray().Single();
        change.GetProperty("summary").GetString()!.ShouldContain("Renamed in en to “Theirs”");
        change.GetProperty("by").GetProperty("name").GetString().ShouldBe(theirs.ActorName);
        change.GetProperty("reason").GetString().ShouldBe("Clearer");
        change.TryGetProperty("at", out _).ShouldBeTrue();
        var draft = await (await mine.GetAsync($"{Route}/{slug}/draft")).JsonAsync();
        draft.GetProperty("categories")[0].GetProperty("labels").GetProperty("en").GetString().ShouldBe("Theirs");

        var retried = await mine.PutAsync($"{Route}/{slug}/draft/categories/{category}/labels/en", new { label = "Mine" }, ifMatch: stale.ETag());
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        var unconditional = await theirs.PutAsync($"{Route}/{slug}/draft/categories/{category}/labels/en", new { label = "Last" });
        unconditional.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_race_lost_inside_the_writer_without_if_match_is_a_409_listing_the_changes()
    {
        // Only two instances appending in the same instant lose such a race, so the writer's exception is thrown here.
        var race = new StaleDraftException(4, 5, [new TimelineEntry("renamed", "HT-1: Renamed in en to “Theirs”", new Actor("a-1", "Ana"), DateTimeOffset.UnixEpoch, null, 5)]);
        using var scope = app.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = new MemoryStream();

        var answer = await new TaxonomyApiFilter().InvokeAsync(EndpointFilterInvocationContext.Create(http), _ => throw race);
        await ((IResult)answer!).ExecuteAsync(http);

        http.Response.StatusCode.ShouldBe(StatusCodes.Status409Conflict);
        http.Response.Body.Position = 0;
        var problem = System.Text.Json.JsonDocument.Parse(http.Response.Body).RootElement;
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(5);
        problem.GetProperty("changes")[0].GetProperty("by").GetProperty("name").GetString().ShouldBe("Ana");
    }

    [Fact]
    public async Task No_token_is_401_and_a_read_only_token_reads_but_cannot_write()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var researcher = await TaxonomyApiCaller.ResearcherAsync(app);
        var slug = await curator.CreateTaxonomyAsync("scopes");
        var anonymous = app.CreateClient();

        var withoutToken = await anonymous.GetAsync($"{Route}/{slug}/draft");
        withoutToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        withoutToken.Headers.WwwAuthenticate.ToString().ShouldStartWith("Bearer");
        (await withoutToken.ProblemAsync()).GetProperty("title").GetString().ShouldBe("An access token is needed");
        (await anonymous.GetAsync(Route)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"{Route}/{slug}/draft/categories", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await researcher.GetAsync($"{Route}/{slug}/draft")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var readOnly = await researcher.PostAsync($"{Route}/{slug}/draft/categories", new { label = "Not mine to add" });
        readOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await readOnly.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("scope");
        (await researcher.PostAsync(Route, new { slug = "researcher-made", title = "No", languages = new[] { "en" } })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await researcher.PostAsync($"{Route}/{slug}/versions", new { version = "1.0.0" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await curator.DraftVersionAsync(slug)).ShouldBe(1);
    }
}
