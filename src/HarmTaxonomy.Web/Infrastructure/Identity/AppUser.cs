using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>An account. Participation is pseudonymous: only the display name is ever shown to others.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 60;

    public const int CommunityMaxLength = 80;

    public const int CommunitiesMaxCount = 10;

    public string DisplayName { get; set; } = "";

    /// <summary>BCP-47 tag of the UI language the person prefers (en, es).</summary>
    public string PreferredLanguage { get; set; } = "en";

    /// <summary>Self-declared communities, kept only with consent (see <see cref="CommunitiesConsentedAt"/>).</summary>
    public List<string> Communities { get; set; } = [];

    public DateTimeOffset? CommunitiesConsentedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
