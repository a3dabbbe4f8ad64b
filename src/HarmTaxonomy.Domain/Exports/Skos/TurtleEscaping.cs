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
        Append(text, iri, static (builder, c) =>
        {
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                return true;
            }

            return false;
        });
        return text.Append('>').ToString();
    }

    /// <summary>A double-quoted string; characters beyond ASCII stay as they are, to be written as UTF-8.</summary>
    public static string QuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 2).Append('"');
        Append(text, value, static (builder, c) =>
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); return true;
                case '"': builder.Append("\\\""); return true;
                case '\n': builder.Append("\\n"); return true;
                case '\r': builder.Append("\\r"); return true;
                case '\t': builder.Append("\\t"); return true;
                case < (char)0x20 or (char)0x7F: builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"); return true;
                default: return false;
            }
        });
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

    /// <summary>
    /// Copies <paramref name="value"/> character by character, letting <paramref name="escape"/> write the ones it
    /// escapes (all of them ASCII). Surrogate pairs pass through whole; an unpaired surrogate cannot be written as
    /// UTF-8, so text holding one is refused rather than mangled.
    /// </summary>
    private static void Append(StringBuilder text, string value, Func<StringBuilder, char, bool> escape)
    {
        for (var index = 0; index < value.Length; index++)
        {
            var c = value[index];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]))
                {
                    throw new ArgumentException($"The text has an unpaired surrogate at position {index}.", nameof(value));
                }

                text.Append(c).Append(value[index + 1]);
                index++;
            }
            else if (!escape(text, c))
            {
                text.Append(c);
            }
        }
    }
}
