using HarmTaxonomy.Domain.Sessions.Running;
using HarmTaxonomy.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace HarmTaxonomy.Web.Features.Sessions.Shared;

/// <summary>A phase's name in the reader's language; the keys are listed once here rather than built from the enum.</summary>
public static class PhaseNames
{
    public static string Of(IStringLocalizer<AppStrings> localizer, SessionPhase phase)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return phase switch
        {
            SessionPhase.Draft => localizer["Sessions.Facilitate.Phase.Draft"],
            SessionPhase.Proposing => localizer["Sessions.Facilitate.Phase.Proposing"],
            SessionPhase.Discussing => localizer["Sessions.Facilitate.Phase.Discussing"],
            SessionPhase.Voting => localizer["Sessions.Facilitate.Phase.Voting"],
            _ => localizer["Sessions.Facilitate.Phase.Closed"],
        };
    }
}
