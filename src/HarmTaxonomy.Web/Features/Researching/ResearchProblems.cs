using HarmTaxonomy.Domain.Taxonomies.ReadModels;

namespace HarmTaxonomy.Web.Features.Researching;

/// <summary>
/// How the public research endpoints say no, as ProblemDetails: a malformed query names its field (400), and an
/// unknown taxonomy, version or reference is a 404 whose detail lists what exists, so the caller can correct it.
/// </summary>
public static class ResearchProblems
{
    public static IResult Invalid(string field, string message) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [message] },
        detail: message,
        title: "The request is malformed");

    public static IResult UnknownTaxonomy(string slug, IEnumerable<TaxonomySummary> published) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Taxonomy not found",
        detail: $"No published taxonomy has the slug '{slug}'. Published taxonomies: {Listed(published.Select(taxonomy => taxonomy.Slug))}.");

    public static IResult UnknownVersion(TaxonomySummary taxonomy, string version) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Version not found",
        detail: $"{taxonomy.Slug} has no published version '{version}'. Versions: {Listed(taxonomy.Versions.Select(published => published.Version))}.");

    public static IResult UnknownReference(string reference, IEnumerable<string> references) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Reference taxonomy not found",
        detail: $"No reference taxonomy has the slug '{reference}'. Reference taxonomies: {Listed(references)}.");

    private static string Listed(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count == 0 ? "none yet" : string.Join(", ", list);
    }
}
