using HarmTaxonomy.Domain.Sessions.Running;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace HarmTaxonomy.Domain.Sessions.ReadModels;

/// <summary>Keeps <see cref="SessionSummary"/> current with the session stream (inline: a new session is joinable at once).</summary>
public sealed class SessionSummaryProjection : SingleStreamProjection<SessionSummary, Guid>
{
    public override SessionSummary? Evolve(SessionSummary? snapshot, Guid id, IEvent e) => e.Data switch
    {
        SessionOpened opened => new SessionSummary
        {
            Id = opened.SessionId,
            TaxonomyId = opened.TaxonomyId,
            TaxonomySlug = opened.TaxonomySlug,
            Title = opened.Title,
            JoinCode = opened.JoinCode,
            AllowGuests = opened.Settings.AllowGuests,
            Phase = SessionPhase.Draft,
            Facilitators = Guid.TryParse(opened.By.Id, out var opener) ? [opener] : [],
            OpenedBy = opened.By.Name,
            OpenedAt = opened.At,
        },
        _ when snapshot is null => null,
        SessionPhaseChanged changed => snapshot with { Phase = changed.To },
        SessionClosed closed => snapshot with { Phase = SessionPhase.Closed, ClosedAt = closed.At },
        FacilitatorAdded added => snapshot with { Facilitators = [.. snapshot.Facilitators, added.UserId] },
        _ => snapshot,
    };
}
