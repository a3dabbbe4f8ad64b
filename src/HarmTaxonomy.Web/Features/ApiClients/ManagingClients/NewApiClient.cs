using HarmTaxonomy.Web.Infrastructure.Localization;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.ApiClients.ManagingClients;

/// <summary>What someone asks for when creating a client. An empty redirect URI means a tool (client credentials).</summary>
public sealed class NewApiClient
{
    public string Name { get; set; } = "";

    public List<string> Scopes { get; set; } = [];

    public string? RedirectUri { get; set; }

    /// <summary>Errors keyed by field, so the form can show each next to its control.</summary>
    public Dictionary<string, string> Validate(IReadOnlySet<string> heldScopes, IStringLocalizer<AppStrings> text)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(Name))
        {
            errors[nameof(Name)] = text["ApiClients.Error.NameRequired"];
        }
        else if (Name.Trim().Length > ApiClientRegistry.NameMaxLength)
        {
            errors[nameof(Name)] = text["ApiClients.Error.NameTooLong", ApiClientRegistry.NameMaxLength];
        }

        if (Scopes.Count == 0)
        {
            errors[nameof(Scopes)] = text["ApiClients.Error.NoScope"];
        }
        else if (Scopes.FirstOrDefault(scope => !ApiScopes.IsKnown(scope) || !heldScopes.Contains(scope)) is { } notHeld)
        {
            errors[nameof(Scopes)] = text["ApiClients.Error.ScopeNotHeld", notHeld];
        }

        if (RedirectUri is { Length: > 0 } redirect
            && (!Uri.TryCreate(redirect, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Fragment.Length > 0
                || (uri.Scheme == "http" && !uri.IsLoopback)))
        {
            errors[nameof(RedirectUri)] = text["ApiClients.Error.RedirectUri"];
        }

        return errors;
    }
}
