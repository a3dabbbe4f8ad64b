using System.Diagnostics;
using System.Text;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// Runs the npm tools in <c>tests/rdf-tools</c>: N3.js and jsonld.js (real RDF parsers) and rdf-validate-shacl, so the
/// exports are judged by independent implementations and not by our own reading of the specifications. One node
/// process per file checked, each with a time limit. A missing install fails loudly: a conformance check that
/// quietly does not run would prove nothing.
/// </summary>
public static class RdfTools
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(30);

    private static readonly string[] Packages = ["n3", "jsonld", "rdf-validate-shacl", "@rdfjs/dataset"];

    public static string Directory { get; } = RepositoryFiles.PathOf("tests/rdf-tools");

    public static string Shapes { get; } = RepositoryFiles.PathOf("tests/rdf-tools/shapes/skos-taxonomy.shacl.ttl");

    /// <summary>Runs <c>node parse.mjs</c>: the file's triples as sorted N-Triples, or the parser's error.</summary>
    public static Task<NodeRun> ParseAsync(string file, string format, string? contextFile = null) =>
        RunAsync("parse.mjs", contextFile is null ? [file, format] : [file, format, contextFile]);

    /// <summary>
    /// Runs <c>node shacl.mjs</c> once for all <paramref name="turtleFiles"/> with the repository's shapes: the
    /// validation reports as JSON, keyed by file when there are several.
    /// </summary>
    public static Task<NodeRun> ValidateAsync(IReadOnlyList<string> turtleFiles) => RunAsync("shacl.mjs", [.. turtleFiles, Shapes]);

    private static async Task<NodeRun> RunAsync(string script, IReadOnlyList<string> arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"node {script} {string.Join(' ', arguments)} did not finish within {TimeLimit.TotalSeconds} s.");
        }

        return new NodeRun(process.ExitCode, await output, await error);
    }

    private static void EnsureInstalled()
    {
        var missing = Packages.Where(package => !System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", package))).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The RDF conformance tools are not installed ({string.Join(", ", missing)} missing from tests/rdf-tools/node_modules). " +
                "Run infra/test.sh, which installs them, or: npm ci --prefix tests/rdf-tools");
        }
    }
}

/// <summary>What a node tool printed and how it ended.</summary>
public sealed record NodeRun(int ExitCode, string Output, string Error)
{
    /// <summary>The output's lines, for tools that print one fact a line.</summary>
    public IReadOnlyList<string> Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n{Error}\n{Output}";
}
