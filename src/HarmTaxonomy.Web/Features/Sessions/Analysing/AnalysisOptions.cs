namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>The <c>Analysis</c> configuration section: how often the opinion analysis of a session may be recomputed.</summary>
public sealed class AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>At most one recompute per session per this many milliseconds (new votes in between wait for the next).</summary>
    public int MinIntervalMilliseconds { get; set; } = 1_000;
}
