namespace HarmTaxonomy.Domain.Sessions.ReadModels;

/// <summary>
/// A join code held by an open session (document id = the code). Inserted with the session's opening and deleted
/// with its closing, so the unique id keeps a code to one open session even when two sessions open at once.
/// </summary>
public sealed record OpenJoinCode(string Id, Guid SessionId);
