using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;

namespace HarmTaxonomy.IntegrationTests.Features.Researching;

/// <summary>
/// A taxonomy in English and Spanish published twice through the API: 1.0.0 with a translated, mapped hierarchy, then
/// 2.0.0 after a merge, so the second version has a deprecated category, a replacement and a migration map.
/// </summary>
public sealed record PublishedPair(string Slug, Guid Hate, Guid Harassment, Guid Violence)
{
    public static async Task<PublishedPair> PublishAsync(TaxonomyApiCaller curator, string prefix)
    {
        var route = TaxonomyApiCaller.Route;
        var slug = await curator.CreateTaxonomyAsync(prefix);
        var violence = await curator.AddCategoryAsync(slug, "Violence");
        await curator.AddCategoryAsync(slug, "Weapons", violence);
        var hate = await curator.AddCategoryAsync(slug, "Hate");
        var harassment = await curator.AddCategoryAsync(slug, "Harassment");
        (await curator.PutAsync($"{route}/{slug}/draft/categories/{hate}/labels/es", new { label = "Odio", definition = "Contenido que ataca a un grupo." })).EnsureSuccessStatusCode();
        (await curator.PostAsync($"{route}/{slug}/draft/categories/{hate}/mappings", new { reference = "llama-guard-3", code = "S10", relation = "closeMatch" })).EnsureSuccessStatusCode();
        (await curator.PostAsync($"{route}/{slug}/versions", new { version = "1.0.0", changelog = "First release." })).EnsureSuccessStatusCode();
        (await curator.PostAsync($"{route}/{slug}/draft/categories/{hate}/merge", new { into = harassment, reason = "Hard to tell apart" })).EnsureSuccessStatusCode();
        (await curator.PostAsync($"{route}/{slug}/versions", new { version = "2.0.0", changelog = "Hate merged into harassment." })).EnsureSuccessStatusCode();
        return new PublishedPair(slug, hate, harassment, violence);
    }
}
