namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>Open a session on a taxonomy. The join code is drawn by the caller, who knows which codes are taken.</summary>
public sealed record OpenSession(string? Title, string? Prompt, IReadOnlyList<string>? Languages, SessionSettings Settings)
{
    public SessionOpened Decide(Guid sessionId, Guid taxonomyId, string taxonomySlug, string joinCode, SessionActor by, DateTimeOffset at) =>
        new(sessionId, taxonomyId, taxonomySlug, SessionRules.Title(Title), SessionRules.Prompt(Prompt), SessionRules.Languages(Languages), Settings,
            JoinCodes.Normalise(joinCode) ?? throw new ArgumentException($"“{joinCode}” is not a join code.", nameof(joinCode)), by, at);
}
