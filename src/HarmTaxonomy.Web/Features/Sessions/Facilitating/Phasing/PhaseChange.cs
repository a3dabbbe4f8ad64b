using HarmTaxonomy.Domain.Sessions.Running;

namespace HarmTaxonomy.Web.Features.Sessions.Facilitating.Phasing;

/// <summary>The facilitator's request: move to this phase, optionally with a timer (the same phase again just sets the timer).</summary>
public sealed record PhaseChange(SessionPhase To, int? TimerMinutes);
