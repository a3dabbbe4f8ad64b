using HarmTaxonomy.Web.Features.Accounts.Shared;
using HarmTaxonomy.Web.Infrastructure.Security;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.Shared;

public sealed class LocalReturnUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/taxonomies")]
    [InlineData("/connect/authorize?client_id=cli&scope=openid")]
    public void Paths_on_this_site_are_kept(string url) => LocalReturnUrl.OrHome(url).ShouldBe(url);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("javascript:alert(1)")]
    public void Anything_that_could_leave_the_site_goes_home(string? url) => LocalReturnUrl.OrHome(url).ShouldBe("/");

    [Fact]
    public void Links_between_account_pages_carry_the_return_url_along()
    {
        AccountPaths.WithReturnUrl(AccountPaths.Login, "/taxonomies?q=llama").ShouldBe("/account/login?ReturnUrl=%2Ftaxonomies%3Fq%3Dllama");
        AccountPaths.WithReturnUrl(AccountPaths.Login, "/").ShouldBe("/account/login");
        AccountPaths.WithReturnUrl(AccountPaths.Register, "//evil.example").ShouldBe("/account/register");
    }
}
