using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

/// <summary>
/// Fills in the account pages' forms the way a browser does: keeps cookies, follows no redirects by itself, GETs the
/// page, takes the antiforgery token from the form and POSTs the fields with the form's name.
/// </summary>
public sealed class FormClient(HttpClient http)
{
    public const string UserAgent = "HarmTaxonomy form client";

    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public static FormClient For(WebApplicationFactory<Program> app)
    {
        var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        return new FormClient(http);
    }

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        var response = await http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        return await ParseAsync(response);
    }

    /// <summary>Fills in and posts the form named <paramref name="formName"/> on the page at <paramref name="path"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string path, string formName, params (string Name, string Value)[] fields)
    {
        var page = await GetPageAsync(path);
        var form = page.Forms.FirstOrDefault(form => form.QuerySelector($"input[name='_handler'][value='{formName}']") is not null)
            ?? throw new Xunit.Sdk.XunitException($"{path} has no form called {formName}.");
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value
            ?? throw new Xunit.Sdk.XunitException($"The form {formName} on {path} has no antiforgery token.");

        var body = fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value))
            .Append(new("_handler", formName))
            .Append(new("__RequestVerificationToken", token));
        // Like a browser: to the form's action, or back to the page's own address when it has none.
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : path;
        return await http.PostAsync(action, new FormUrlEncodedContent(body));
    }

    public async Task SignInAsync(string email, string password = TestAccounts.Password)
    {
        var response = await SubmitAsync("/account/login", "login", ("Input.Email", email), ("Input.Password", password));
        response.StatusCode.ShouldBe(HttpStatusCode.Found, $"signing in as {email}");
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}

public static class AccountPageAssertions
{
    /// <summary>The text under a field: its validation message, or its help text when it has none.</summary>
    public static string FieldMessage(this IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid='{testId}-message']")?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"No message area for {testId}.");

    public static string? InputValue(this IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid='{testId}']")?.GetAttribute("value");

    public static string TextOf(this IHtmlDocument page, string testId) =>
        page.QuerySelector($"[data-testid='{testId}']")?.TextContent.Trim()
        ?? throw new Xunit.Sdk.XunitException($"Nothing with data-testid={testId} on the page.");

    /// <summary>Where a redirect goes, as a local path and query; fails when it leaves the app's own host.</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Found);
        var location = response.Headers.Location.ShouldNotBeNull();
        if (!location.IsAbsoluteUri)
        {
            return location.OriginalString;
        }

        location.Host.ShouldBe("localhost", $"the redirect to {location} leaves the app");
        return location.PathAndQuery;
    }

    public static bool Has(this IHtmlDocument page, string testId) => page.QuerySelector($"[data-testid='{testId}']") is not null;
}
