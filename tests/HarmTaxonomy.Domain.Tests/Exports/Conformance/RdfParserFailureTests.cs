using HarmTaxonomy.Domain.Exports.Skos;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>The parsing checks can fail: broken files are refused with the parser's message, and nothing is fetched.</summary>
public sealed class RdfParserFailureTests : IDisposable
{
    private readonly ExportFiles files = new();

    [Fact]
    public async Task Turtle_with_a_syntax_error_is_refused_with_the_parsers_message()
    {
        var turtle = TurtleSerializer.Serialize(EveryStateFixture.Skos);
        var unterminated = turtle.Replace("\"HT-3\"", "\"HT-3", StringComparison.Ordinal);
        unterminated.ShouldNotBe(turtle);
        var broken = files.Write("broken.ttl", unterminated);

        var run = await RdfTools.ParseAsync(broken, "ttl");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.Error.ShouldContain("line");
    }

    [Fact]
    public async Task Json_ld_whose_context_is_not_given_locally_is_refused_without_going_online()
    {
        var jsonLd = files.Write("remote.jsonld", JsonLdSerializer.Serialize(EveryStateFixture.Skos, "https://harms.example.org/contexts/skos-taxonomy.jsonld"));

        var run = await RdfTools.ParseAsync(jsonLd, "jsonld");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("refusing to fetch https://harms.example.org/contexts/skos-taxonomy.jsonld");
    }

    [Fact]
    public async Task Json_ld_with_a_term_the_context_does_not_define_is_refused()
    {
        var jsonLd = JsonLdSerializer.Serialize(EveryStateFixture.Skos);
        var misspelt = jsonLd.Replace("\"notation\": \"HT-3\"", "\"notationn\": \"HT-3\"", StringComparison.Ordinal);
        misspelt.ShouldNotBe(jsonLd);
        var broken = files.Write("undefined-term.jsonld", misspelt);

        var run = await RdfTools.ParseAsync(broken, "jsonld");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("notationn");
    }

    public void Dispose() => files.Dispose();
}
