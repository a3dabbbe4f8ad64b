using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Auth.Participants;

public sealed class ParticipantTokenServicesTests
{
    [Fact]
    public void The_lifetime_is_read_from_ParticipantTokens_LifetimeMinutes()
    {
        using var services = Build("90");

        services.GetRequiredService<ParticipantTokenIssuer>().DefaultLifetime.ShouldBe(TimeSpan.FromMinutes(90));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("10081")]
    public void A_lifetime_outside_one_minute_to_a_week_is_refused(string minutes)
    {
        using var services = Build(minutes);

        var refused = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IOptions<ParticipantTokenOptions>>().Value);
        refused.Message.ShouldContain("ParticipantTokens:LifetimeMinutes");
    }

    private static ServiceProvider Build(string lifetimeMinutes)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ParticipantTokens:LifetimeMinutes"] = lifetimeMinutes })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddParticipantTokens();
        return services.BuildServiceProvider();
    }
}
