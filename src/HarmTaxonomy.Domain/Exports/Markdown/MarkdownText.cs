using System.Text;

namespace HarmTaxonomy.Domain.Exports.Markdown;

/// <summary>
/// Makes user text safe to place inside a generated Markdown line: the text reads the same when rendered but can
/// never open a heading, list, quote, code span, link, emphasis, table cell or raw HTML, whatever the curator typed.
/// Line breaks become spaces, since every place the exports put user text is a single line.
/// </summary>
public static class MarkdownText
{
    /// <summary>Characters that mean something anywhere in a line (CommonMark and GitHub tables and strikethrough).</summary>
    private const string AlwaysEscaped = "\\`*_[]<>#|~&!";

    /// <summary>Characters that open a block (list, setext underline, thematic break) only at the start of a line.</summary>
    private const string EscapedAtStart = "-+=";

    public static string Escape(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var escaped = new StringBuilder(line.Length + 8);
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            if (AlwaysEscaped.Contains(character, StringComparison.Ordinal)
                || (index == 0 && EscapedAtStart.Contains(character, StringComparison.Ordinal))
                || ((character is '.' or ')') && IsOrderedListMarker(line, index)))
            {
                escaped.Append('\\');
            }

            escaped.Append(character);
        }

        return escaped.ToString();
    }

    /// <summary>True for the dot of <c>12. </c> or the parenthesis of <c>3) </c> that opens the line: an ordered list marker.</summary>
    private static bool IsOrderedListMarker(string line, int index) =>
        index > 0 && line[..index].All(char.IsAsciiDigit) && (index + 1 == line.Length || line[index + 1] == ' ');
}
