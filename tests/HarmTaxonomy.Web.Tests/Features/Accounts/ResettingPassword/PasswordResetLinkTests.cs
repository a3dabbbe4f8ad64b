using HarmTaxonomy.Web.Features.Accounts.ResettingPassword;
using Microsoft.AspNetCore.WebUtilities;

namespace HarmTaxonomy.Web.Tests.Features.Accounts.ResettingPassword;

public sealed class PasswordResetLinkTests
{
    [Fact]
    public void The_link_carries_the_token_Base64Url_encoded_and_the_email_escaped()
    {
        var link = new Uri(PasswordResetLink.Create(new Uri("https://harm.example/"), "ana+test@example.org", "CfDJ8/token+with=padding"));

        link.GetLeftPart(UriPartial.Path).ShouldBe("https://harm.example/account/reset-password");
        var query = QueryHelpers.ParseQuery(link.Query);
        query["email"].ToString().ShouldBe("ana+test@example.org");
        query["code"].ToString().ShouldMatch("^[A-Za-z0-9_-]+$");
        PasswordResetLink.DecodeCode(query["code"]).ShouldBe("CfDJ8/token+with=padding");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("a")]
    public void A_missing_or_mangled_code_decodes_to_nothing(string? code) => PasswordResetLink.DecodeCode(code).ShouldBeNull();
}
