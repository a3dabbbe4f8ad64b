namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>
/// How a session runs. <see cref="PreModerate"/>: participants' statements and proposals wait for a moderator
/// before anyone sees them. <see cref="VoteWhileDiscussing"/>: votes are taken in the discussing phase too.
/// </summary>
public sealed record SessionSettings(bool AllowGuests, bool PreModerate, bool VoteWhileDiscussing);
