namespace HarmTaxonomy.Domain.Sessions.Voting;

/// <summary>How many participants currently agree, disagree and pass on an item (each counted once).</summary>
public sealed record ItemTally(Guid ItemId, int Agree, int Disagree, int Pass)
{
    public int Total => Agree + Disagree + Pass;
}
