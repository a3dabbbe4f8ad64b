using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.Http;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Auth.Participants;

public sealed class ParticipantCookieTests
{
    private static readonly DateTimeOffset Expires = new(2026, 11, 28, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_cookie_is_HttpOnly_SameSite_Lax_and_expires_with_the_token()
    {
        var context = new DefaultHttpContext();

        ParticipantCookie.Append(context.Response, "htp_abc", Expires);

        var cookie = context.Response.Headers.SetCookie.ToString();
        cookie.ShouldStartWith("ht-participant=htp_abc;");
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        cookie.ShouldContain("expires=Sat, 28 Nov 2026 13:00:00 GMT");
        cookie.ShouldContain("path=/");
        cookie.ShouldNotContain("secure", Case.Insensitive);
    }

    [Fact]
    public void Over_HTTPS_the_cookie_is_Secure()
    {
        var context = new DefaultHttpContext();
        context.Request.IsHttps = true;

        ParticipantCookie.Append(context.Response, "htp_abc", Expires);

        context.Response.Headers.SetCookie.ToString().ShouldContain("secure", Case.Insensitive);
    }
}
