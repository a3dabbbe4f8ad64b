namespace HarmTaxonomy.Domain.Analysis;

/// <summary>Opinion groups are named by letters, as in Polis: group 0 is A, 1 is B, and so on (G27 past Z).</summary>
public static class GroupLetters
{
    public static string Of(int groupId) => groupId is >= 0 and < 26 ? ((char)('A' + groupId)).ToString() : $"G{groupId + 1}";
}
