using System.Globalization;
using System.Text;
using CsvHelper;

namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// One CSV file of an upload, read record by record with its columns found by header name (exactly, else ignoring
/// case and spaces, so extra columns such as <c>importance</c> or <c>is-seed</c> are passed over), and every problem
/// reported with the file's name, the line and the column.
/// </summary>
internal sealed class PolisCsvFile : IAsyncDisposable
{
    private readonly CsvReader reader;
    private readonly PolisImportProblems problems;

    private PolisCsvFile(CsvReader reader, string name, PolisImportProblems problems)
    {
        this.reader = reader;
        Name = name;
        this.problems = problems;
    }

    public string Name { get; }

    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public long Line => reader.LineNumber;

    public int FieldCount => reader.FieldCount;

    public IReadOnlyList<string> Headers => reader.Headers;

    public static PolisCsvFile Open(Stream content, string name, PolisImportProblems problems, bool hasHeader = true) =>
        new(CsvReader.Create(content, ReaderOptions(hasHeader), leaveOpen: false), name, problems);

    /// <summary>Reads the header; false (with the problem reported) when there is none or it cannot be read.</summary>
    public async Task<bool> ReadHeaderAsync(CancellationToken cancellationToken)
    {
        try
        {
            await reader.ReadHeaderAsync(cancellationToken);
        }
        catch (CsvFormatException malformed)
        {
            problems.Add(Name, Math.Max(malformed.LineNumber, 1), null, null, $"the header cannot be read ({malformed.Message})");
            return false;
        }

        if (reader.Headers.Count == 0 || reader.Headers.All(string.IsNullOrWhiteSpace))
        {
            problems.Add(Name, 1, null, null, "the file is empty: it needs a header line naming its columns");
            return false;
        }

        return true;
    }

    /// <summary>The 0-based index of a column; a required one that is missing is reported (at line 1) and gives null.</summary>
    public int? Column(string name, bool required)
    {
        if (reader.TryGetFieldIndex(name, out var index))
        {
            return index;
        }

        if (required)
        {
            problems.Add(Name, 1, null, null, $"the header has no column '{name}' (it has {string.Join(", ", reader.Headers.Select(header => $"'{header}'"))})");
        }

        return null;
    }

    /// <summary>The next record; false at the end, or when the input is malformed past reading (reported).</summary>
    public async Task<bool> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException malformed)
        {
            problems.Add(Name, malformed.LineNumber, null, null, $"the file cannot be read from here on: {malformed.Message}");
            return false;
        }
    }

    /// <summary>The trimmed text of a field; empty when the record is short of it.</summary>
    public string Text(int column) => column < reader.FieldCount ? (reader.GetString(column) ?? "").Trim() : "";

    /// <summary>The fields from <paramref name="column"/> to the end, joined by commas: an unquoted last column that held commas.</summary>
    public string Rest(int column)
    {
        var text = new StringBuilder(reader.GetString(column));
        for (var index = column + 1; index < reader.FieldCount; index++)
        {
            text.Append(',').Append(reader.GetString(index));
        }

        return text.ToString().Trim();
    }

    /// <summary>A whole number from 0 (an id), or null with the problem reported.</summary>
    public int? Id(int column, string what)
    {
        var text = Text(column);
        if (PolisIds.Parse(text) is { } id)
        {
            return id;
        }

        Problem(column, text.Length == 0 ? $"{what} is missing" : $"'{text}' is not {what} (a whole number from 0)");
        return null;
    }

    /// <summary>A timestamp in seconds (or milliseconds) since 1970, or null with the problem reported.</summary>
    public DateTimeOffset? Time(int column)
    {
        var text = Text(column);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var timestamp) && PolisTime.FromTimestamp(timestamp) is { } at)
        {
            return at;
        }

        Problem(column, text.Length == 0 ? "the timestamp is missing" : $"'{text}' is not a timestamp (whole seconds since 1970, as Polis writes them)");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/>, or null with the problem reported.</summary>
    public int? OneOf(int column, int[] allowed, string described)
    {
        var text = Text(column);
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && allowed.Contains(value))
        {
            return value;
        }

        Problem(column, $"'{text}' is not {described}");
        return null;
    }

    public void Problem(int column, string message) => problems.Add(Name, Line, column + 1, ColumnName(column), message);

    public void Problem(string message) => problems.Add(Name, Line, null, null, message);

    public ValueTask DisposeAsync() => reader.DisposeAsync();

    private string ColumnName(int column) => column < reader.Headers.Count ? reader.Headers[column] : $"column {column + 1}";

    private static CsvReaderOptions ReaderOptions(bool hasHeader) => CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = hasHeader,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        FormatProvider = CultureInfo.InvariantCulture,
        // A record this large is not a comment or a vote: most likely a quote that is never closed.
        MaxRecordSize = 1024 * 1024,
    };
}
