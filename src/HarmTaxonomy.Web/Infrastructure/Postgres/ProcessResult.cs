namespace HarmTaxonomy.Web.Infrastructure.Postgres;

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>
    /// stdout then stderr: PostgreSQL tools report progress on stdout and finish with the error on
    /// stderr, so this reads in order and a tail of it keeps the error.
    /// </summary>
    public string CombinedOutput =>
        string.Join(Environment.NewLine, new[] { StandardOutput.Trim(), StandardError.Trim() }.Where(s => s.Length > 0));
}
