namespace HarmTaxonomy.Domain.Sessions.Proposals;

/// <summary>The changes a session may propose to its taxonomy.</summary>
public enum ProposalKind
{
    AddCategory,
    Rename,
    Redefine,
    Move,
    Merge,
    Split,
    Deprecate,
}

public static class ProposalKinds
{
    /// <summary>As written in the API and hub: <c>add</c>, <c>rename</c>, <c>redefine</c>, <c>move</c>, <c>merge</c>, <c>split</c>, <c>deprecate</c>.</summary>
    public static string ToValue(this ProposalKind kind) => kind == ProposalKind.AddCategory ? "add" : kind.ToString().ToLowerInvariant();

    public static ProposalKind? Parse(string? value) =>
        Enum.GetValues<ProposalKind>().Cast<ProposalKind?>().FirstOrDefault(kind => string.Equals(kind!.Value.ToValue(), value?.Trim(), StringComparison.OrdinalIgnoreCase));
}
