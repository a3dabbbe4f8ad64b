namespace HarmTaxonomy.Web.Features.Sessions.Joining;

/// <summary>
/// What the join form posts. No rules here: the session's own (<c>ParticipantProfile.Create</c>, the join code's
/// alphabet) judge it, so the page, the API and the hub refuse the same things with the same words.
/// </summary>
public sealed class JoinInput
{
    public string? JoinCode { get; set; }

    public string? DisplayName { get; set; }

    public string? Community { get; set; }

    /// <summary>A BCP-47 tag such as en, es or pt-BR.</summary>
    public string? Language { get; set; }

    /// <summary>Community and language are recorded only when this is ticked.</summary>
    public bool Consent { get; set; }
}
