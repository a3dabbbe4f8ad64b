using HarmTaxonomy.Web.Infrastructure.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Security;

public sealed class RateLimitOptionsTests
{
    [Fact]
    public void Without_settings_the_limits_are_10_sign_ins_30_joins_and_60_tokens_a_minute()
    {
        var options = Resolve([]);

        options.SignInPerMinute.ShouldBe(10);
        options.JoinPerMinute.ShouldBe(30);
        options.TokenPerMinute.ShouldBe(60);
    }

    [Fact]
    public void Settings_under_RateLimits_replace_the_defaults()
    {
        var options = Resolve(new()
        {
            ["RateLimits:SignInPerMinute"] = "1000",
            ["RateLimits:JoinPerMinute"] = "2000",
            ["RateLimits:TokenPerMinute"] = "3000",
        });

        options.SignInPerMinute.ShouldBe(1000);
        options.JoinPerMinute.ShouldBe(2000);
        options.TokenPerMinute.ShouldBe(3000);
    }

    [Theory]
    [InlineData("RateLimits:SignInPerMinute", "0")]
    [InlineData("RateLimits:JoinPerMinute", "-1")]
    [InlineData("RateLimits:TokenPerMinute", "0")]
    public void A_limit_below_one_is_refused_with_its_setting_name(string key, string value)
    {
        var refused = Should.Throw<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        refused.Failures.ShouldHaveSingleItem().ShouldBe($"{key} must be a whole number of at least 1.");
    }

    private static RateLimitOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddHarmTaxonomyRateLimits(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
    }
}
