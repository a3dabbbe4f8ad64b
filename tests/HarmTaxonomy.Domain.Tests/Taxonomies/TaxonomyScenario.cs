using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Domain.Tests.Taxonomies;

/// <summary>
/// Given events, when a command, then events or a rule error. The draft is rebuilt from the given events with
/// increasing stream versions; <see cref="And"/> applies a command's events so a story can go on step by step.
/// </summary>
internal sealed class TaxonomyScenario
{
    private readonly List<RecordedEvent> history = [];

    private TaxonomyScenario(TaxonomyCreated created)
    {
        Draft = TaxonomyDraft.Start(created, 1);
        history.Add(new RecordedEvent(created, 1));
        Now = created.At;
    }

    public TaxonomyDraft Draft { get; }

    /// <summary>Every event so far with its stream version, oldest first.</summary>
    public IReadOnlyList<RecordedEvent> History => history;

    /// <summary>The time of the last step; each command runs one minute after the one before.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>A draft from these events; without a <see cref="TaxonomyCreated"/> first, <see cref="TaxonomyExamples.Created"/> starts it.</summary>
    public static TaxonomyScenario Given(params ITaxonomyEvent[] events)
    {
        var created = events.FirstOrDefault() as TaxonomyCreated;
        return new TaxonomyScenario(created ?? TaxonomyExamples.Created()).Apply(created is null ? events : events[1..]);
    }

    public TaxonomyScenario Apply(IEnumerable<ITaxonomyEvent> events)
    {
        foreach (var change in events)
        {
            var version = Draft.Version + 1;
            Draft.Apply(change, version);
            history.Add(new RecordedEvent(change, version));
        }

        return this;
    }

    /// <summary>What the command decides on the draft as it is; nothing is applied.</summary>
    public IReadOnlyList<ITaxonomyEvent> When(ITaxonomyCommand command, DateTimeOffset? at = null)
    {
        Now = at ?? Now.AddMinutes(1);
        return command.Decide(Draft, TaxonomyExamples.Curator, Now);
    }

    /// <summary>The rule error the command raises (the test fails when it raises none).</summary>
    public TaxonomyRuleException WhenRefused(ITaxonomyCommand command) => Should.Throw<TaxonomyRuleException>(() => When(command));

    /// <summary>Decides the command and applies its events: one more step of the story.</summary>
    public TaxonomyScenario And(ITaxonomyCommand command, DateTimeOffset? at = null) => Apply(When(command, at));

    /// <summary>Decides the command, applies its events and returns them.</summary>
    public IReadOnlyList<ITaxonomyEvent> WhenApplied(ITaxonomyCommand command, DateTimeOffset? at = null)
    {
        var events = When(command, at);
        Apply(events);
        return events;
    }

    public DraftCategory Category(Guid id) => Draft.Find(id).ShouldNotBeNull($"category {id} should be in the draft");

    public IReadOnlyList<Guid> ChildrenOf(Guid? parentId) => [.. Draft.ChildrenOf(parentId).Select(child => child.Id)];
}

internal sealed record RecordedEvent(ITaxonomyEvent Event, long Version);

/// <summary>The "then" half: what the events or the error should be.</summary>
internal static class TaxonomyThen
{
    public static TEvent ThenSingle<TEvent>(this IReadOnlyList<ITaxonomyEvent> events)
        where TEvent : ITaxonomyEvent => events.ShouldHaveSingleItem().ShouldBeOfType<TEvent>();

    public static void ThenNothing(this IReadOnlyList<ITaxonomyEvent> events) => events.ShouldBeEmpty();

    public static TaxonomyRuleException ThenBreaks(this TaxonomyRuleException error, string field, TaxonomyRuleKind kind = TaxonomyRuleKind.Invalid)
    {
        error.Field.ShouldBe(field);
        error.Kind.ShouldBe(kind);
        error.Message.ShouldNotBeNullOrWhiteSpace();
        return error;
    }
}
