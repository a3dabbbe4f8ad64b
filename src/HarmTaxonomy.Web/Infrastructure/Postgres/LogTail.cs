using System.Text;

namespace HarmTaxonomy.Web.Infrastructure.Postgres;

/// <summary>The end of a log or of a tool's output: the lines that usually say why something failed.</summary>
internal static class LogTail
{
    public const int DefaultLineCount = 20;

    // Enough for 20 long log lines without reading a months-old postgres.log whole.
    private const int MaxBytes = 16 * 1024;

    public static string LastLines(string text, int count = DefaultLineCount)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(Environment.NewLine, lines.TakeLast(count));
    }

    public static string ReadFile(string path, int count = DefaultLineCount)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.Seek(Math.Max(0, stream.Length - MaxBytes), SeekOrigin.Begin);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var tail = LastLines(reader.ReadToEnd(), count);
            return tail.Length > 0 ? tail : $"({path} is empty)";
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"({path} does not exist)";
        }
    }
}
