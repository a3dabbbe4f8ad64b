using HarmTaxonomy.Domain.Sessions.Items;
using HarmTaxonomy.Web.Features.Sessions.Facilitating;

namespace HarmTaxonomy.Web.Tests.Features.Sessions.Facilitating;

/// <summary>Items as the console shows them, written the way a test reads best.</summary>
public static class ConsoleItems
{
    public static ConsoleItem Statement(string text, ModerationState state = ModerationState.Accepted) => Item(ItemKind.Statement, text, state);

    public static ConsoleItem Proposal(string text, ModerationState state = ModerationState.Accepted) => Item(ItemKind.Proposal, text, state);

    private static ConsoleItem Item(ItemKind kind, string text, ModerationState state) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        Text = text,
        AuthorName = "Ana",
        SubmittedAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
        State = state,
        HiddenReason = state == ModerationState.Hidden ? "Off topic" : null,
    };
}
