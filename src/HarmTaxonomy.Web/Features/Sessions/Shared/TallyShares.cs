using System.Globalization;
using HarmTaxonomy.Domain.Sessions.Voting;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>
/// An item's tally as widths of a stacked bar. Written with the invariant culture because the numbers go into CSS,
/// where "33,3%" (Spanish) would not parse.
/// </summary>
public sealed record TallyShares(string Agree, string Disagree, string Pass)
{
    public static TallyShares Of(ItemTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return tally.Total == 0
            ? new TallyShares("0%", "0%", "0%")
            : new TallyShares(Percent(tally.Agree, tally.Total), Percent(tally.Disagree, tally.Total), Percent(tally.Pass, tally.Total));
    }

    /// <summary>The share who agree, 0 to 1; nothing voted counts as 0 so unvoted items sort last.</summary>
    public static double Agreement(ItemTally tally) => tally is { Total: > 0 } ? (double)tally.Agree / tally.Total : 0;

    private static string Percent(int part, int total) =>
        (100.0 * part / total).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
