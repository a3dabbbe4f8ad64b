using HarmTaxonomy.Web.Infrastructure.OAuth;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>
/// How callers prove who they are, as the document's security schemes: an OAuth 2 client-credentials token from
/// <c>/connect/token</c> (or any access token pasted as a bearer token), and a session's participant token
/// (<c>htp_…</c>) from <c>POST /api/v1/sessions/join</c>. docs/api.md tells how to get each.
/// </summary>
public sealed class ApiSecuritySchemes : IOpenApiDocumentTransformer
{
    public const string OAuth2 = "oauth2";
    public const string Bearer = "bearer";
    public const string Participant = "participant";

    private static readonly Dictionary<string, string> ScopeDescriptions = new(StringComparer.Ordinal)
    {
        [ApiScopes.TaxonomiesRead] = "Read taxonomies, drafts, versions, diffs and coverage.",
        [ApiScopes.TaxonomiesWrite] = "Create taxonomies, change drafts, publish versions.",
        [ApiScopes.SessionsRead] = "Read live sessions, their results and analyses.",
        [ApiScopes.SessionsWrite] = "Run live sessions.",
        [ApiScopes.Admin] = "Administer accounts and roles.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "HarmTaxonomy API";
        document.Info.Description =
            "Published taxonomy versions, search and crosswalks are public. Drafts, sessions and administration need an " +
            "OAuth 2 access token from /connect/token (client credentials) with the scope each operation lists; docs/api.md " +
            "tells how to get a client. Every refusal is an application/problem+json body.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[OAuth2] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "A client's token from POST /connect/token (grant_type=client_credentials).",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri(OpenIddictSetup.TokenPath, UriKind.Relative),
                    Scopes = ApiScopes.All.ToDictionary(scope => scope, scope => ScopeDescriptions.GetValueOrDefault(scope, scope), StringComparer.Ordinal),
                },
            },
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token obtained elsewhere (client credentials or authorization code), sent as Authorization: Bearer <token>.",
        };
        document.Components.SecuritySchemes[Participant] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "htp_…",
            Description = "A participant token from POST /api/v1/sessions/join, for that session only.",
        };
        return Task.CompletedTask;
    }
}
