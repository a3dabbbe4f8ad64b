namespace HarmTaxonomy.Domain.Analysis;

/// <summary>
/// Picks the next card with probability proportional to its priority (Efraimidis–Spirakis: the largest
/// u^(1/priority) wins). The uniform u comes from a hash of participant, item and how many votes the participant has
/// cast, so a page that re-renders shows the same card, and two participants do not all get the same one.
/// </summary>
public static class CardSampler
{
    public static Guid? Choose(IEnumerable<(Guid ItemId, double Priority)> candidates, Guid participantId, int votesCast)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        Guid? best = null;
        var bestKey = double.NegativeInfinity;
        foreach (var (itemId, priority) in candidates)
        {
            // log(u) / w orders like u^(1/w) without underflow for large weights.
            var key = priority > 0 ? Math.Log(Uniform(participantId, itemId, votesCast)) / priority : double.MinValue;
            if (best is null || key > bestKey)
            {
                best = itemId;
                bestKey = key;
            }
        }

        return best;
    }

    /// <summary>A uniform number in (0, 1) fixed by its inputs (SplitMix64 over the ids' bytes), the same in every process.</summary>
    internal static double Uniform(Guid participantId, Guid itemId, int salt)
    {
        Span<byte> bytes = stackalloc byte[32];
        participantId.TryWriteBytes(bytes[..16]);
        itemId.TryWriteBytes(bytes[16..]);
        var state = (ulong)salt;
        for (var offset = 0; offset < 32; offset += 8)
        {
            state = Mix(state ^ BitConverter.ToUInt64(bytes[offset..(offset + 8)]));
        }

        return ((state >> 11) + 0.5) / (1UL << 53);
    }

    private static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
