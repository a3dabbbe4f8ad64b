namespace HarmTaxonomy.Web.Infrastructure.Auth.Participants;

/// <summary>
/// The browser's copy of a participant token. HttpOnly, so page scripts never see it; SameSite=Lax, so other
/// sites cannot make the browser send it with their requests; it expires with the token.
/// </summary>
public static class ParticipantCookie
{
    public const string Name = "ht-participant";

    public static void Append(HttpResponse response, string token, DateTimeOffset expires)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            Path = "/",
            Expires = expires,
            IsEssential = true,
        });
    }
}
