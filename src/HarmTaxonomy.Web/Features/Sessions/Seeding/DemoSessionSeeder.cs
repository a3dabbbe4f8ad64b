using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.ReadModels;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Seeding;
using Marten;

namespace HarmTaxonomy.Web.Features.Sessions.Seeding;

/// <summary>
/// Gives a fresh Development install a session to join at once: on the demo taxonomy, open to guests, in the voting
/// phase, join code <c>HARM42</c>, with a dozen seeded statements and scripted voters (<see cref="DemoVoters"/>) so
/// the opinion groups show at once. Runs once (a session with that code is the
/// marker) through the same write path as everyone else. <c>DemoData:Sessions</c> false turns it off; outside
/// Development it is off unless set to true. Needs the demo taxonomy (<c>DemoData:Taxonomies</c>).
/// </summary>
public sealed class DemoSessionSeeder(
    SessionWriter writer, DemoVoters voters, IDocumentStore store, IConfiguration configuration, IHostEnvironment environment, ILogger<DemoSessionSeeder> logger)
{
    public const string JoinCode = "HARM42";
    public const string ConfigurationKey = "DemoData:Sessions";

    private static readonly SessionActor Seed = new("system:demo-seed", "Demo facilitator");

    public static IReadOnlyList<string> Statements { get; } =
    [
        "Voice clones of relatives used in scams deserve a category of their own.",
        "Misgendering by an AI system is a harm even when no slur is used.",
        "Poor translation that erases a community's language is a harm, not just a quality issue.",
        "Image generators that sexualise people from our community belong under sexual content, not only under bias.",
        "Moderation that silences reclaimed words harms the communities that reclaimed them.",
        "Advice that is safe in one country can be dangerous in another, so severity should depend on context.",
        "Deepfakes of private people and of public figures should be separate categories.",
        "AI companions that foster dependence harm mental health.",
        "Refusing to answer questions about our own health is a harm, not a safety feature.",
        "Face recognition used for surveillance belongs in the taxonomy even when the output is only a label.",
        "Agents that act for us (payments, messages) need their own top-level category.",
        "Stereotypes in generated stories are less severe than stereotypes in decisions about people.",
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(ConfigurationKey, environment.IsDevelopment()))
        {
            return;
        }

        await using (var query = store.QuerySession())
        {
            if (await query.Query<SessionSummary>().AnyAsync(summary => summary.JoinCode == JoinCode, cancellationToken)
                || !await query.Query<Domain.Taxonomies.ReadModels.TaxonomySummary>().AnyAsync(taxonomy => taxonomy.Slug == DemoTaxonomySeeder.Slug, cancellationToken))
            {
                return;
            }
        }

        var opened = await writer.OpenAsync(
            DemoTaxonomySeeder.Slug,
            new OpenSession(
                "Naming the harms we meet (demo)",
                "Which harms from AI systems do **you** meet, and how should our taxonomy name them? Vote on each statement: *agree*, *disagree* or *pass*.",
                ["en", "es"],
                new SessionSettings(AllowGuests: true, PreModerate: false, VoteWhileDiscussing: true)),
            Seed,
            cancellationToken,
            JoinCode);
        var statements = new List<Guid>();
        foreach (var statement in Statements)
        {
            statements.Add(await writer.SubmitStatementAsync(opened.Id, statement, Seed, moderator: true, cancellationToken));
        }

        await writer.ChangePhaseAsync(opened.Id, SessionPhase.Voting.ToValue(), null, Seed, cancellationToken);
        var voterCount = Math.Clamp(configuration.GetValue(DemoVoters.ConfigurationKey, DemoVoters.DefaultCount), 0, 500);
        await voters.VoteAsync(opened.Id, JoinCode, statements, voterCount, cancellationToken);
        logger.LogInformation(
            "Demo session {SessionId} opened with join code {JoinCode}, {Count} statements and {Voters} scripted voters", opened.Id, JoinCode, Statements.Count, voterCount);
    }
}
