using System.Security.Cryptography;

namespace HarmTaxonomy.Domain.Sessions.Running;

/// <summary>
/// Six characters read aloud across a room or typed on a phone: upper-case letters and digits without the ones
/// people confuse (0 and O, 1, I and L), so a code copied from a projector is right the first time.
/// </summary>
public static class JoinCodes
{
    public const int Length = 6;
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>The code as typed, tidied (upper case, no spaces or dashes), or null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null)
        {
            return null;
        }

        var code = new string([.. typed.Where(character => !char.IsWhiteSpace(character) && character != '-')]).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
