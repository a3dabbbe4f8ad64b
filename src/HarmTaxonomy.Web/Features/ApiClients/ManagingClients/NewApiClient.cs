using HarmTaxonomy.Web.Infrastructure.OAuth;

namespace HarmTaxonomy.Web.Features.ApiClients.ManagingClients;

/// <summary>What someone asks for when creating a client. An empty redirect URI means a tool (client credentials).</summary>
public sealed class NewApiClient
{
    public string Name { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    public string? RedirectUri { get; set; }

    /// <summary>Errors keyed by field, so the form can show each next to its control.</summary>
    public Dictionary<string, string> Validate(IReadOnlySet<string> heldScopes)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors[nameof(Name)] = "Give the client a name you will recognise.";
        }
        else if (Name.Trim().Length > ApiClientRegistry.NameMaxLength)
        {
            errors[nameof(Name)] = $"Use at most {ApiClientRegistry.NameMaxLength} characters.";
        }

        if (Scopes.Count == 0)
        {
            errors[nameof(Scopes)] = "Choose at least one scope.";
        }
        else if (Scopes.FirstOrDefault(scope => !ApiScopes.IsKnown(scope) || !heldScopes.Contains(scope)) is { } notHeld)
        {
            errors[nameof(Scopes)] = $"You cannot give a client the scope '{notHeld}': your roles do not hold it.";
        }

        if (RedirectUri is { Length: > 0 } redirect
            && (!Uri.TryCreate(redirect, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Fragment.Length > 0
                || (uri.Scheme == "http" && !uri.IsLoopback)))
        {
            errors[nameof(RedirectUri)] = "Use an absolute https:// address (http:// only for localhost), without a #fragment.";
        }

        return errors;
    }
}
