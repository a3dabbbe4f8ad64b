namespace HarmTaxonomy.Web.Infrastructure.Postgres;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>stderr first: that is where PostgreSQL tools explain what went wrong.</summary>
    public string CombinedOutput =>
        string.Join(Environment.NewLine, new[] { StandardError.Trim(), StandardOutput.Trim() }.Where(s => s.Length > 0));
}
