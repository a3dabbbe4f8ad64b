using HarmTaxonomy.Domain.Analysis;

namespace HarmTaxonomy.Web.Features.Sessions.Analysing;

/// <summary>Opinion groups are shown as letters, as in Polis: group 0 is A, 1 is B, and so on.</summary>
public static class GroupLabels
{
    public static string Of(int groupId) => GroupLetters.Of(groupId);
}
