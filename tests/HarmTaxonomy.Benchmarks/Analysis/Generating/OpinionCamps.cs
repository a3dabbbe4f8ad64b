namespace HarmTaxonomy.Benchmarks.Analysis.Generating;

/// <summary>
/// Where opinions come from in the synthetic conversation: four camps of unequal size sit apart on a hidden
/// two-dimensional opinion plane, each participant near their camp's centre. Most items divide the plane along a
/// direction of their own, so camps lean opposite ways on them; a tenth are agreed by nearly everyone, a few
/// rejected by nearly everyone; every item has its own pass rate. A vote is drawn from the participant's lean on
/// the item, so camps show in the votes without any participant being a copy of their camp.
/// </summary>
internal sealed class OpinionCamps
{
    private static readonly (double Share, double X, double Y)[] Camps =
        [(0.40, 1.0, 0.2), (0.27, -0.9, 0.5), (0.20, -0.2, -1.0), (0.13, 0.6, 1.1)];

    private const double PersonalSpread = 0.35;
    private const double AgreedByAll = 0.10;
    private const double RejectedByAll = 0.04;

    private readonly (double X, double Y)[] places;
    private readonly (double X, double Y, double Offset, double Pass)[] items;

    private OpinionCamps(int[] campOf, (double X, double Y)[] places, (double X, double Y, double Offset, double Pass)[] items)
    {
        CampOf = campOf;
        this.places = places;
        this.items = items;
    }

    public static int CampCount => Camps.Length;

    public int[] CampOf { get; }

    public static OpinionCamps Draw(int participants, int itemCount, Random random)
    {
        var campOf = new int[participants];
        var places = new (double X, double Y)[participants];
        for (var participant = 0; participant < participants; participant++)
        {
            var camp = PickCamp(random.NextDouble());
            campOf[participant] = camp;
            places[participant] = (Camps[camp].X + (PersonalSpread * random.Normal()), Camps[camp].Y + (PersonalSpread * random.Normal()));
        }

        var items = new (double X, double Y, double Offset, double Pass)[itemCount];
        for (var item = 0; item < itemCount; item++)
        {
            var kind = random.NextDouble();
            var angle = 2 * Math.PI * random.NextDouble();
            var pass = 0.04 + (0.25 * random.NextDouble());
            var (strength, offset) = kind switch
            {
                < AgreedByAll => (0.3, 1.6),
                < AgreedByAll + RejectedByAll => (0.3, -1.6),
                _ => (0.8 + (1.2 * random.NextDouble()), 0.3 * random.Normal()),
            };
            items[item] = (strength * Math.Cos(angle), strength * Math.Sin(angle), offset, pass);
        }

        return new OpinionCamps(campOf, places, items);
    }

    /// <returns>+1 agree, −1 disagree, 0 pass.</returns>
    public int Vote(int participant, int item, Random random)
    {
        var (x, y, offset, pass) = items[item];
        if (random.NextDouble() < pass)
        {
            return 0;
        }

        var lean = Math.Tanh((x * places[participant].X) + (y * places[participant].Y) + offset);
        return random.NextDouble() < (1 + lean) / 2 ? 1 : -1;
    }

    private static int PickCamp(double draw)
    {
        for (var camp = 0; camp < Camps.Length - 1; camp++)
        {
            draw -= Camps[camp].Share;
            if (draw < 0)
            {
                return camp;
            }
        }

        return Camps.Length - 1;
    }
}
