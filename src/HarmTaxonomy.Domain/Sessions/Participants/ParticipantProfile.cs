namespace HarmTaxonomy.Domain.Sessions.Participants;

/// <summary>What a person tells the session about themselves when joining, checked before anything is stored.</summary>
public sealed record ParticipantProfile(string DisplayName, string? Community, string? Language)
{
    public const int MaxDisplayNameLength = 100;
    public const int MaxCommunityLength = 100;

    /// <param name="consented">Community and language are kept only when the person agreed to share them.</param>
    public static ParticipantProfile Create(string? displayName, string? community, string? language, bool consented)
    {
        var name = displayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            throw new SessionRuleException("displayName", "Enter a display name: it is what others see next to your statements.");
        }

        if (name.Length > MaxDisplayNameLength)
        {
            throw new SessionRuleException("displayName", $"A display name has at most {MaxDisplayNameLength} characters.");
        }

        var declaredCommunity = string.IsNullOrWhiteSpace(community) ? null : community.Trim();
        if (declaredCommunity is { Length: > MaxCommunityLength })
        {
            throw new SessionRuleException("community", $"A community has at most {MaxCommunityLength} characters.");
        }

        var declaredLanguage = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
        if (declaredLanguage is not null && !SessionRules.IsLanguageTag(declaredLanguage))
        {
            throw new SessionRuleException("language", $"“{declaredLanguage}” is not a language tag such as en, es or pt-BR.");
        }

        return consented
            ? new ParticipantProfile(name, declaredCommunity, declaredLanguage)
            : new ParticipantProfile(name, null, null);
    }
}
