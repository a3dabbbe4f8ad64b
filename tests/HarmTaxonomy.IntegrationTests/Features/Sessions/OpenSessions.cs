using HarmTaxonomy.Domain.Sessions;
using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Domain.Taxonomies.Creating;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace HarmTaxonomy.IntegrationTests.Features.Sessions;

/// <summary>Opens a session through the app's own write path (the test factory seeds no demo session).</summary>
public static class OpenSessions
{
    public static readonly SessionActor Facilitator = SessionActor.Account(Guid.CreateVersion7(), "Fran Facilitator");

    /// <returns>The session's id and join code.</returns>
    public static async Task<(Guid Id, string JoinCode)> OpenAsync(
        WebApplicationFactory<Program> app, SessionPhase phase, IReadOnlyList<string> statements, bool allowGuests = true)
    {
        using var scope = app.Services.CreateScope();
        var taxonomies = scope.ServiceProvider.GetRequiredService<TaxonomyWriter>();
        var sessions = scope.ServiceProvider.GetRequiredService<SessionWriter>();
        var slug = $"harms-{Guid.NewGuid():N}"[..20];
        await taxonomies.CreateAsync(new CreateTaxonomy(Guid.CreateVersion7(), slug, "Harms", "", null, ["en"]), new Actor("curator-1", "Cora Curator"), default);
        var opened = await sessions.OpenAsync(
            slug, new OpenSession("Naming harms", "Which harms do **you** meet?", ["en"], new SessionSettings(allowGuests, PreModerate: false, VoteWhileDiscussing: false)),
            Facilitator, default);
        foreach (var statement in statements)
        {
            await sessions.SubmitStatementAsync(opened.Id, statement, Facilitator, moderator: true, default);
        }

        if (phase != SessionPhase.Draft)
        {
            await sessions.ChangePhaseAsync(opened.Id, phase.ToValue(), null, Facilitator, default);
        }

        return (opened.Id, opened.JoinCode);
    }
}
