using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>A curator's tool that builds and publishes the small taxonomies the research tests read anonymously.</summary>
public sealed class ResearchCurator(TaxonomyApiCaller caller)
{
    public const string Route = TaxonomyApiCaller.Route;

    public TaxonomyApiCaller Caller { get; } = caller;

    public static async Task<ResearchCurator> CreateAsync(HarmTaxonomyAppFactory app) => new(await TaxonomyApiCaller.CuratorAsync(app));

    public Task<string> CreateTaxonomyAsync(string prefix) => Caller.CreateTaxonomyAsync(prefix);

    public async Task<Guid> AddAsync(string slug, string label, string? definition = null, string? notation = null)
    {
        var response = await Caller.PostAsync($"{Route}/{slug}/draft/categories", new { language = "en", label, definition = definition ?? $"About {label}.", notation });
        var body = await response.JsonAsync();
        response.EnsureSuccessStatusCode();
        return body.GetProperty("id").GetGuid();
    }

    public async Task WriteAsync(string slug, Guid categoryId, string language, string label, string? definition = null)
    {
        var response = await Caller.PutAsync($"{Route}/{slug}/draft/categories/{categoryId}/labels/{language}", new { label, definition });
        response.EnsureSuccessStatusCode();
    }

    public async Task AltLabelsAsync(string slug, Guid categoryId, string language, params string[] altLabels)
    {
        var response = await Caller.PutAsync($"{Route}/{slug}/draft/categories/{categoryId}/details/{language}", new { altLabels });
        response.EnsureSuccessStatusCode();
    }

    public async Task MapAsync(string slug, Guid categoryId, string reference, string code, string relation)
    {
        var response = await Caller.PostAsync($"{Route}/{slug}/draft/categories/{categoryId}/mappings", new { reference, code, relation });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Publishes the draft as the version the publication plan suggests, and returns it.</summary>
    public async Task<string> PublishAsync(string slug)
    {
        var plan = await (await Caller.GetAsync($"{Route}/{slug}/publication-plan")).JsonAsync();
        var version = plan.GetProperty("suggestedVersion").GetString()!;
        var response = await Caller.PostAsync($"{Route}/{slug}/versions", new { version, changelog = "" });
        response.EnsureSuccessStatusCode();
        return version;
    }
}
