using System.Globalization;
using System.Text;

namespace HarmTaxonomy.Domain.Exports.Skos;

/// <summary>
/// The lexical rules of Turtle (W3C Recommendation, 2014) for the three things user text can reach: IRIREF, where
/// controls, space and <c>&lt;&gt;"{}|^`\</c> may only appear as <c>\uXXXX</c>; STRING_LITERAL_QUOTE, where
/// <c>\ " LF CR</c> must be escaped; and PN_LOCAL, which decides when a prefixed name is safe.
/// </summary>
public static class TurtleEscaping
{
    public static string Iri(string iri)
    {
        ArgumentNullException.ThrowIfNull(iri);
        var text = new StringBuilder(iri.Length + 2).Append('<');
        foreach (var rune in Runes(iri))
        {
            if (rune.Value <= 0x20 || rune.Value is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                text.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            }
            else
            {
                text.Append(rune.ToString());
            }
        }

        return text.Append('>').ToString();
    }

    /// <summary>A double-quoted string; characters beyond ASCII stay as they are, to be written as UTF-8.</summary>
    public static string QuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in Runes(value))
        {
            text.Append(rune.Value switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < 0x20 or 0x7F => string.Create(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}"),
                _ => rune.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>
    /// Whether <paramref name="localName"/> can follow a prefix unescaped. Deliberately stricter than PN_LOCAL
    /// (ASCII letters, digits, <c>_</c> and inner <c>-</c>): anything else is written as a full IRI instead.
    /// </summary>
    public static bool IsSimpleLocalName(string localName) =>
        localName.Length > 0
        && localName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
        && localName[0] != '-';

    /// <summary>Unpaired surrogates cannot be written as UTF-8, so text holding one is refused rather than mangled.</summary>
    private static IEnumerable<Rune> Runes(string value)
    {
        for (var index = 0; index < value.Length;)
        {
            if (Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                throw new ArgumentException($"The text has an unpaired surrogate at position {index}.", nameof(value));
            }

            yield return rune;
            index += used;
        }
    }
}
