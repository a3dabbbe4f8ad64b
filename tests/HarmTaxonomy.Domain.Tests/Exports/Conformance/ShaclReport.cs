namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>The validation report <c>shacl.mjs</c> prints for one file; each result names the shape it broke.</summary>
public sealed record ShaclReport(bool Conforms, IReadOnlyList<ShaclResult> Results)
{
    public const string ShapesNamespace = "urn:harmtaxonomy:shapes:skos-taxonomy#";

    /// <summary>The local names of the shapes that failed for <paramref name="focusNode"/>.</summary>
    public IReadOnlyList<string> FailedShapes(string focusNode) =>
        [.. Results.Where(result => result.FocusNode == focusNode).Select(result => result.ShapeName).Distinct().Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> FailedShapes() =>
        [.. Results.Select(result => result.ShapeName).Distinct().Order(StringComparer.Ordinal)];

    public override string ToString() =>
        string.Join('\n', Results.Select(result => $"{result.FocusNode} {result.ShapeName}: {string.Join(" ", result.Message)}"));
}

/// <summary>One violation: which node, which shape, and the validator's message.</summary>
public sealed record ShaclResult(string FocusNode, string? Path, string? Value, string Constraint, string? Shape, IReadOnlyList<string> Message)
{
    public string ShapeName => Shape?.Replace(ShaclReport.ShapesNamespace, "", StringComparison.Ordinal) ?? "(unnamed shape)";
}
