using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.ReadModels;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Api;

/// <summary>
/// The steps every draft write over the API shares: read <c>If-Match</c>, find the taxonomy by slug, run the command
/// as the token's actor through <see cref="TaxonomyWriter"/>, and answer with the new draft version as <c>ETag</c>.
/// </summary>
public sealed class DraftApiWriter(TaxonomyQueries queries, TaxonomyWriter writer)
{
    public Task<IResult> WriteAsync(
        HttpContext http, string slug, Func<ITaxonomyCommand> command, Func<WriteOutcome, IResult> answer, CancellationToken cancellationToken) =>
        WriteAsync(http, slug, _ => Task.FromResult(command()), outcome => Task.FromResult(answer(outcome)), cancellationToken);

    /// <summary>For answers that read the read models the write has just updated (inline, so already current).</summary>
    public Task<IResult> WriteAsync(
        HttpContext http, string slug, Func<ITaxonomyCommand> command, Func<WriteOutcome, Task<IResult>> answer, CancellationToken cancellationToken) =>
        WriteAsync(http, slug, _ => Task.FromResult(command()), answer, cancellationToken);

    /// <param name="command">Built once the taxonomy is known, for checks the pure domain cannot make (reference categories).</param>
    public async Task<IResult> WriteAsync(
        HttpContext http,
        string slug,
        Func<TaxonomySummary, Task<ITaxonomyCommand>> command,
        Func<WriteOutcome, Task<IResult>> answer,
        CancellationToken cancellationToken)
    {
        if (!IfMatch.TryRead(http.Request, out var expectedVersion))
        {
            return TaxonomyProblems.BadIfMatch();
        }

        var taxonomy = await queries.RequireAsync(slug, cancellationToken);
        var change = await command(taxonomy);
        try
        {
            var outcome = await writer.ExecuteAsync(taxonomy.Id, expectedVersion, change, ActorOf.Token(http.User), cancellationToken);
            IfMatch.SetETag(http.Response, outcome.DraftVersion);
            return await answer(outcome);
        }
        catch (StaleDraftException stale) when (expectedVersion is not null)
        {
            IfMatch.SetETag(http.Response, stale.CurrentVersion);
            return TaxonomyProblems.Stale(stale, conditional: true);
        }
    }
}
