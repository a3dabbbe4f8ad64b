namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>An executable with its arguments, kept as a list so nothing is ever re-parsed by a shell.</summary>
internal sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments, string? WorkingDirectory = null)
{
    /// <summary>For error messages only; never executed.</summary>
    public override string ToString() =>
        Arguments.Count == 0 ? FileName : $"{FileName} {string.Join(' ', Arguments)}";
}
