namespace HarmTaxonomy.Domain.Exports.Polis;

/// <summary>
/// One thing wrong with an uploaded Polis export: the file (as Polis names it, such as <c>votes.csv</c>), the line
/// (1 is the header; 0 for the file as a whole) and, when one column is at fault, its number (from 1) and name.
/// </summary>
public sealed record PolisImportProblem(string File, long Line, int? Column, string? ColumnName, string Message)
{
    /// <summary>Where and what, as a person reads it: <c>line 12, column 4 (vote): '2' is not 1, -1 or 0</c>.</summary>
    public string Describe() =>
        Line <= 0 ? Message
        : Column is null ? $"line {Line}: {Message}"
        : $"line {Line}, column {Column} ({ColumnName}): {Message}";
}

/// <summary>An upload that cannot be imported; nothing was stored. The problems are in file order, each file's by line.</summary>
public sealed class PolisImportException : Exception
{
    public PolisImportException(IReadOnlyList<PolisImportProblem> problems)
        : base(Summarise(problems))
    {
        Problems = problems;
    }

    public PolisImportException()
        : this([])
    {
    }

    public PolisImportException(string message)
        : base(message)
    {
        Problems = [new PolisImportProblem("upload", 0, null, null, message)];
    }

    public PolisImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new PolisImportProblem("upload", 0, null, null, message)];
    }

    public IReadOnlyList<PolisImportProblem> Problems { get; } = [];

    /// <summary>The problems by file, as a ProblemDetails' <c>errors</c> holds them.</summary>
    public IDictionary<string, string[]> ByFile() =>
        Problems.GroupBy(problem => problem.File).ToDictionary(file => file.Key, file => file.Select(problem => problem.Describe()).ToArray(), StringComparer.Ordinal);

    private static string Summarise(IReadOnlyList<PolisImportProblem> problems)
    {
        if (problems.Count == 0)
        {
            return "The Polis export could not be imported.";
        }

        var first = problems[0];
        var more = problems.Count > 1 ? $" ({problems.Count - 1:N0} more problem{(problems.Count == 2 ? "" : "s")} listed)" : "";
        return $"The Polis export was not imported: {first.File} {first.Describe()}{more}. Nothing was stored.";
    }
}

/// <summary>Collects problems while files are read, up to a limit that keeps an answer short for a file that is wrong throughout.</summary>
public sealed class PolisImportProblems
{
    public const int MostReported = 20;

    private readonly List<PolisImportProblem> problems = [];

    public int Count => problems.Count;

    public bool IsFull => problems.Count >= MostReported;

    public IReadOnlyList<PolisImportProblem> All => problems;

    public void Add(string file, long line, int? column, string? columnName, string message)
    {
        if (!IsFull)
        {
            problems.Add(new PolisImportProblem(file, line, column, columnName, message));
        }
    }

    public void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new PolisImportException([.. problems]);
        }
    }
}
