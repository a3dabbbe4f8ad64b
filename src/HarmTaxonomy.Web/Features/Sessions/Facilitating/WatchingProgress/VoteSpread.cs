using System.Globalization;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating.WatchingProgress;

/// <summary>
/// How many participants voted on how many items: the histogram a facilitator reads to see whether the room is
/// still voting or done. Counts are grouped into at most <see cref="MaxBuckets"/> ranges so the chart stays readable
/// in a session with hundreds of items.
/// </summary>
public static class VoteSpread
{
    public const int MaxBuckets = 12;

    public static IReadOnlyList<VoteSpreadBucket> Of(IReadOnlyList<int> itemsVotedPerParticipant)
    {
        ArgumentNullException.ThrowIfNull(itemsVotedPerParticipant);
        if (itemsVotedPerParticipant.Count == 0)
        {
            return [];
        }

        var most = itemsVotedPerParticipant.Max();
        var width = (int)Math.Ceiling((most + 1) / (double)MaxBuckets);
        var buckets = new List<VoteSpreadBucket>();
        for (var from = 0; from <= most; from += width)
        {
            var to = Math.Min(from + width - 1, most);
            var low = from;
            buckets.Add(new VoteSpreadBucket(from, to, itemsVotedPerParticipant.Count(count => count >= low && count <= to)));
        }

        return buckets;
    }
}

/// <summary>Participants who voted on between <see cref="From"/> and <see cref="To"/> items (inclusive).</summary>
public sealed record VoteSpreadBucket(int From, int To, int Participants)
{
    public string Label => From == To
        ? From.ToString(CultureInfo.CurrentCulture)
        : string.Create(CultureInfo.CurrentCulture, $"{From}–{To}");
}
