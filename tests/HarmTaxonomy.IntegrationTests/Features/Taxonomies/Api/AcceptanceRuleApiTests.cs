using System.Net;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.TestSupport;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

/// <summary><c>PUT /api/v1/taxonomies/{slug}/acceptance-rule</c> and the rule in the taxonomy's GET, with the API's usual If-Match and refusals.</summary>
public sealed class AcceptanceRuleApiTests(HarmTaxonomyAppFactory app) : IClassFixture<HarmTaxonomyAppFactory>
{
    private const string Route = TaxonomyApiCaller.Route;

    [Fact]
    public async Task A_taxonomy_reads_with_the_default_rule_until_a_curator_publishes_its_own()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("rule");
        var before = await curator.GetAsync($"{Route}/{slug}");
        var rule = (await before.JsonAsync()).GetProperty("acceptanceRule");
        rule.GetProperty("minGroupInformedConsensus").GetDouble().ShouldBe(0.4);
        rule.GetProperty("minGroupAgreement").GetDouble().ShouldBe(0.6);
        rule.GetProperty("minGroupSize").GetInt32().ShouldBe(5);
        rule.GetProperty("isDefault").GetBoolean().ShouldBeTrue();
        rule.GetProperty("description").GetString().ShouldBe("group-informed consensus ≥ 0.4 and ≥ 60 % agreement in every opinion group with ≥ 5 members");

        var published = await curator.PutAsync(
            $"{Route}/{slug}/acceptance-rule",
            new { minGroupInformedConsensus = 0.5, minGroupAgreement = 0.7, minGroupSize = 3, reason = "A small community" },
            ifMatch: before.ETag());

        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        published.ETag().ShouldBe("\"2\"");
        var answered = (await published.JsonAsync()).GetProperty("acceptanceRule");
        answered.GetProperty("isDefault").GetBoolean().ShouldBeFalse();
        answered.GetProperty("description").GetString().ShouldBe("group-informed consensus ≥ 0.5 and ≥ 70 % agreement in every opinion group with ≥ 3 members");
        var read = (await (await curator.GetAsync($"{Route}/{slug}")).JsonAsync()).GetProperty("acceptanceRule");
        read.GetProperty("minGroupAgreement").GetDouble().ShouldBe(0.7);
        read.GetProperty("isDefault").GetBoolean().ShouldBeFalse();

        var taxonomyId = (await (await curator.GetAsync($"{Route}/{slug}")).JsonAsync()).GetProperty("id").GetGuid();
        await using var query = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var recorded = (await query.Events.FetchStreamAsync(taxonomyId)).Select(stored => stored.Data).OfType<AcceptanceRulePublished>().ShouldHaveSingleItem();
        recorded.Rule.ShouldBe(new AcceptanceRule(0.5, 0.7, 3));
        recorded.By.Name.ShouldBe(curator.ActorName);
        recorded.Reason.ShouldBe("A small community");

        var again = await curator.PutAsync($"{Route}/{slug}/acceptance-rule", new { minGroupInformedConsensus = 0.5, minGroupAgreement = 0.7, minGroupSize = 3 });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.ETag().ShouldBe("\"2\"", "publishing the rule in force records nothing");
    }

    [Fact]
    public async Task Figures_out_of_range_or_missing_are_a_400_naming_each_field_and_nothing_is_stored()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var slug = await curator.CreateTaxonomyAsync("rule-refused");

        var outOfRange = await curator.PutAsync($"{Route}/{slug}/acceptance-rule", new { minGroupInformedConsensus = 1.5, minGroupAgreement = 60, minGroupSize = 0 });
        var missing = await curator.PutAsync($"{Route}/{slug}/acceptance-rule", new { minGroupInformedConsensus = 0.4 });

        outOfRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await outOfRange.ProblemAsync();
        problem.ErrorsFor("minGroupInformedConsensus").ShouldHaveSingleItem().ShouldContain("from 0 to 1");
        problem.ErrorsFor("minGroupAgreement").ShouldHaveSingleItem().ShouldContain("0.6 for 60 %");
        problem.ErrorsFor("minGroupSize").ShouldHaveSingleItem().ShouldContain("from 1 to 1000");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var missingProblem = await missing.ProblemAsync();
        missingProblem.ErrorsFor("minGroupAgreement").ShouldNotBeEmpty();
        missingProblem.ErrorsFor("minGroupSize").ShouldNotBeEmpty();
        missingProblem.ErrorsFor("minGroupInformedConsensus").ShouldBeEmpty();
        (await curator.DraftVersionAsync(slug)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_taxonomy_is_a_404_a_stale_if_match_a_412_and_a_read_only_token_a_403()
    {
        var curator = await TaxonomyApiCaller.CuratorAsync(app);
        var researcher = await TaxonomyApiCaller.ResearcherAsync(app);
        var slug = await curator.CreateTaxonomyAsync("rule-stale");
        var seen = (await curator.GetAsync($"{Route}/{slug}")).ETag();
        await curator.AddCategoryAsync(slug, "Fraud");
        var body = new { minGroupInformedConsensus = 0.5, minGroupAgreement = 0.7, minGroupSize = 3 };

        var unknown = await curator.PutAsync($"{Route}/no-such-taxonomy/acceptance-rule", body);
        var stale = await curator.PutAsync($"{Route}/{slug}/acceptance-rule", body, ifMatch: seen);
        var readOnly = await researcher.PutAsync($"{Route}/{slug}/acceptance-rule", body);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("no-such-taxonomy");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await stale.ProblemAsync()).GetProperty("changes")[0].GetProperty("summary").GetString()!.ShouldContain("Added as");
        readOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await (await curator.GetAsync($"{Route}/{slug}")).JsonAsync()).GetProperty("acceptanceRule").GetProperty("isDefault").GetBoolean().ShouldBeTrue();
    }
}
