namespace HarmTaxonomy.Domain.Sessions.Items;

/// <summary>
/// Pending items wait for a moderator (sessions that pre-moderate); accepted ones can be voted on; hidden ones
/// are out of sight with a reason; merged ones were duplicates whose votes now count for the survivor.
/// </summary>
public enum ModerationState
{
    Pending,
    Accepted,
    Hidden,
    Merged,
}
