using HarmTaxonomy.Domain.Taxonomies.ChangingDetails;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Governing;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using HarmTaxonomy.Web.Infrastructure.Api;
using HarmTaxonomy.Web.Infrastructure.OpenApi;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// Starting and describing a taxonomy: <c>POST /</c> (201 with the summary), <c>PUT /{slug}</c> (title, description,
/// licence), <c>POST /{slug}/languages</c> and <c>PUT /{slug}/acceptance-rule</c>; the last three answer the updated summary.
/// </summary>
public static class TaxonomyWriteEndpoints
{
    public static RouteGroupBuilder MapTaxonomyWrites(this RouteGroupBuilder group)
    {
        group.MapPost("/", async (
            JsonBody<CreateTaxonomyRequest> body, HttpContext http, TaxonomyWriter writer, TaxonomyQueries queries, CancellationToken cancellationToken) =>
        {
            var request = body.Value;
            var created = await writer.CreateAsync(
                new CreateTaxonomy(Guid.CreateVersion7(), request.Slug, request.Title, request.Description, request.Licence, request.Languages),
                ActorOf.Token(http.User),
                cancellationToken);
            var taxonomy = await queries.RequireAsync(created.Events.OfType<TaxonomyCreated>().Single().Slug, cancellationToken);
            IfMatch.SetETag(http.Response, created.DraftVersion);
            return TypedResults.Created($"{TaxonomyApi.Route}/{taxonomy.Slug}", taxonomy);
        })
            .Documented("Create a taxonomy", "Starts a taxonomy with an empty draft. The first language is the source language; the licence defaults to CC-BY-4.0. Answers 201 with the summary, its URL as `Location` and the draft version as `ETag`.")
            .Accepts(TaxonomyApiExamples.CreateRequest)
            .Returns(TaxonomyApiExamples.Summary, StatusCodes.Status201Created)
            .Fails(StatusCodes.Status400BadRequest, "slug", "A slug is 3 to 60 lower-case letters, digits and hyphens.")
            .Fails(StatusCodes.Status409Conflict, detail: "A taxonomy already has the slug 'community-harms-demo'.");

        group.MapPut("/{slug}", (
            string slug, JsonBody<ChangeTaxonomyDetailsRequest> body, HttpContext http, DraftApiWriter writer, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new ChangeTaxonomyDetails(body.Value.Title, body.Value.Description, body.Value.Licence, body.Value.Reason),
                async _ => TypedResults.Ok(await queries.RequireAsync(slug, cancellationToken)),
                cancellationToken))
            .DocumentedWrite("Change a taxonomy's title, description or licence", "A null field stays as it is; the slug never changes. Answers the updated summary.")
            .Accepts(TaxonomyApiExamples.DetailsRequest)
            .Returns(TaxonomyApiExamples.Summary);

        group.MapPost("/{slug}/languages", (
            string slug, JsonBody<AddLanguageRequest> body, HttpContext http, DraftApiWriter writer, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new AddTaxonomyLanguage(body.Value.Language, body.Value.Reason),
                async _ => TypedResults.Ok(await queries.RequireAsync(slug, cancellationToken)),
                cancellationToken))
            .DocumentedWrite("Add a language", "Adds a BCP 47 language the taxonomy is written in. Answers the updated summary.")
            .Accepts(TaxonomyApiExamples.LanguageRequest)
            .Returns(TaxonomyApiExamples.Summary);

        group.MapPut("/{slug}/acceptance-rule", (
            string slug, JsonBody<PublishAcceptanceRuleRequest> body, HttpContext http, DraftApiWriter writer, TaxonomyQueries queries, CancellationToken cancellationToken) =>
            writer.WriteAsync(
                http,
                slug,
                () => new PublishAcceptanceRule(body.Value.MinGroupInformedConsensus, body.Value.MinGroupAgreement, body.Value.MinGroupSize, body.Value.Reason),
                async _ => TypedResults.Ok(await queries.RequireAsync(slug, cancellationToken)),
                cancellationToken))
            .DocumentedWrite("Set the acceptance rule", "The rule session proposals are held to: minimum group-informed consensus (0–1), minimum agreement in every opinion group (a share, 0.6 for 60 %) and the smallest group that counts. Answers the updated summary.")
            .Accepts(TaxonomyApiExamples.RuleRequest)
            .Returns(TaxonomyApiExamples.Summary);

        return group;
    }
}
