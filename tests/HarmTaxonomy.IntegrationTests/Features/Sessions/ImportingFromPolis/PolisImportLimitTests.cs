using System.Net;
using System.Text;
using HarmTaxonomy.IntegrationTests.Features.Taxonomies.Api;
using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.ImportingFromPolis;

/// <summary>The size limit of an import (set low here: a real one is 200 MB), refused with a 413 problem before anything is read.</summary>
public sealed class PolisImportLimitTests(PolisImportLimitTests.SmallUploadApp app) : IClassFixture<PolisImportLimitTests.SmallUploadApp>
{
    public const int Limit = 8 * 1024;

    [Fact]
    public async Task An_upload_past_the_limit_is_a_413_problem_and_one_within_it_imports()
    {
        var facilitator = await SessionApiCaller.FacilitatorAsync(app);
        var padding = string.Concat(Enumerable.Repeat("1700000999,x,0,9,1\n", Limit / 19));

        var tooLarge = await facilitator.SendContentAsync(HttpMethod.Post, PolisImportTests.Route, PolisUploadForms.TwoFiles(votes: PolisUploadForms.Votes + padding));
        var small = await facilitator.SendContentAsync(HttpMethod.Post, PolisImportTests.Route, PolisUploadForms.TwoFiles());

        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await tooLarge.ProblemAsync()).GetProperty("detail").GetString()!.ShouldContain("at most 8 kB");
        Encoding.UTF8.GetByteCount(PolisUploadForms.Comments + PolisUploadForms.Votes).ShouldBeLessThan(Limit);
        small.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    /// <summary>The app with an import limit of <see cref="Limit"/> bytes.</summary>
    public sealed class SmallUploadApp : HarmTaxonomyAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PolisImport:MaxUploadBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
