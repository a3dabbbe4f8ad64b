namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>Claims the app adds to a signed-in person's principal, beside Identity's own (id, name, roles).</summary>
public static class AppClaimTypes
{
    /// <summary>The pseudonym shown to others and in the app bar; the email (Identity's name claim) never is.</summary>
    public const string DisplayName = "display_name";
}
