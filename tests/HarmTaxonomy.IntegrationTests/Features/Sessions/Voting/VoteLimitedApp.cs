using HarmTaxonomy.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions.Voting;

/// <summary>The app with a low per-participant vote limit, so a flood is easy to make.</summary>
public sealed class VoteLimitedApp : HarmTaxonomyAppFactory
{
    public const int VotesPerSecond = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LiveSessions:VotesPerSecondPerParticipant", VotesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
