namespace HarmTaxonomy.Web.Features.ApiClients.ManagingClients;

public sealed class ApiClientValidationException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join(" ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
