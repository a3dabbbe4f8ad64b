using System.Security.Claims;
using HarmTaxonomy.Domain.Exports.Polis;
using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Web.Features.Sessions.Api;
using HarmTaxonomy.Web.Infrastructure.Auth;
using HarmTaxonomy.Web.Infrastructure.Identity;
using HarmTaxonomy.Web.Infrastructure.OAuth;
using HarmTaxonomy.Web.Infrastructure.OpenApi;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace HarmTaxonomy.Web.Features.Sessions.ImportingFromPolis;

/// <summary>
/// <c>POST /api/v1/sessions/import/polis</c> (docs/polis.md): multipart/form-data with comments.csv and votes.csv, or
/// the zip of a Polis export, in fields of any name; optional fields <c>taxonomy</c> (a slug) and <c>title</c>.
/// Curators, facilitators and admins, signed in or through a token with <c>sessions.write</c>. Answers 201
/// <c>{ sessionId }</c>; 400 naming file, line and column; 413 past the size limit. Nothing is stored when refused.
/// </summary>
public static class PolisImportEndpoint
{
    public const string Policy = "polis-import";

    public static void AddPolicy(AuthorizationOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .AddAuthenticationSchemes(ApiOrCookie.Scheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.User.HasScope(ApiScopes.SessionsWrite)
                || (ApiOrCookie.IsSignedIn(context.User) && (context.User.IsInRole(Roles.Curator) || context.User.IsInRole(Roles.Facilitator) || context.User.IsInRole(Roles.Admin)))));

    public static RouteHandlerBuilder MapPolisImport(this IEndpointRouteBuilder sessions, long maxUploadBytes) =>
        sessions.MapPost("/import/polis", ImportAsync)
            .RequireAuthorization(Policy)
            .WithMetadata(new RequestSizeLimitAttribute(maxUploadBytes))
            .NeedsScopes(ApiScopes.SessionsWrite)
            .Documented("Import a Polis export", "multipart/form-data with comments.csv and votes.csv, or the zip of a Polis export, in fields of any name; optional fields `taxonomy` (a slug) and `title`. Makes a closed, read-only session that keeps the Polis ids. Nothing is stored when refused (docs/polis.md).")
            .AcceptsUpload()
            .Returns(Api.SessionApiExamples.Imported, StatusCodes.Status201Created)
            .Fails(StatusCodes.Status400BadRequest, "votes.csv", "Line 12, column 3: the vote must be -1, 0 or 1.")
            .Fails(StatusCodes.Status413PayloadTooLarge);

    private static async Task<IResult> ImportAsync(
        HttpContext http, ClaimsPrincipal user, PolisImporter importer, IOptions<PolisImportOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value;
        if (http.Request.ContentLength > limit.MaxUploadBytes)
        {
            return TooLarge(limit);
        }

        if (!http.Request.HasFormContentType)
        {
            return Refused("upload", "Send multipart/form-data: the files comments.csv and votes.csv, or the zip of a Polis export.");
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit.MaxUploadBytes }, cancellationToken);
        }
        catch (Exception tooLarge) when (tooLarge is InvalidDataException || (tooLarge is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            return TooLarge(limit);
        }

        if (form.Files.Count == 0)
        {
            return Refused("upload", "No file was sent: send comments.csv and votes.csv, or the zip of a Polis export, as files.");
        }

        var uploads = form.Files.Select(file => new PolisUpload(file.FileName is { Length: > 0 } name ? name : file.Name, file.OpenReadStream)).ToList();
        try
        {
            var sessionId = await importer.ImportAsync(uploads, form["taxonomy"], form["title"], ActorOf(user), cancellationToken);
            return TypedResults.Created($"{SessionApi.Route}/{sessionId}", new ImportedPolisResponse(sessionId));
        }
        catch (PolisImportException refused)
        {
            return TypedResults.ValidationProblem(refused.ByFile(), title: "The Polis export was not imported", detail: refused.Message);
        }
    }

    private static SessionActor ActorOf(ClaimsPrincipal user)
    {
        var actor = ApiOrCookie.IsSignedIn(user) ? Taxonomies.Drafting.ActorOf.Account(user) : Taxonomies.Drafting.ActorOf.Token(user);
        return new SessionActor(actor.Id, actor.Name);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Refused(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The Polis export was not imported", detail: message);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge(PolisImportOptions limit) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The upload is too large",
        detail: $"An import takes at most {limit.MaxUploadDescribed} in all. Zip the export's files (they shrink about tenfold) and send the zip.");
}

/// <summary>What <c>POST /api/v1/sessions/import/polis</c> answers.</summary>
public sealed record ImportedPolisResponse(Guid SessionId);
