using System.Globalization;
using HarmTaxonomy.Domain.Analysis;
using HarmTaxonomy.Web.Features.Sessions.Analysing;

namespace HarmTaxonomy.Web.Features.Sessions.MappingOpinions;

/// <summary>
/// Where everything goes on the opinion map's SVG: the participants' places fitted to the drawing with padding and
/// one scale for both axes (so distances on screen mean the same across and up), items at their loadings scaled to
/// the same reach, and every number already written with the invariant culture, because SVG does not read "1,5".
/// Computed once per analysis, so rendering thousands of dots is only copying strings.
/// </summary>
public sealed record MapLayout(
    IReadOnlyList<MapDot> Dots,
    MapDot? Me,
    string MeLabelOffset,
    IReadOnlyList<MapItemMarker> Items,
    IReadOnlyList<MapGroupMark> Groups,
    string? OriginX,
    string? OriginY,
    string DotRadius)
{
    public const double Width = 600;
    public const double Height = 360;
    private const double Padding = 28;
    private const double LabelLift = 20;

    public static MapLayout Of(OpinionAnalysis analysis, OpinionItems items, Guid? me)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(items);
        var places = analysis.Participants;
        var (minX, maxX) = Extent(places.Select(place => place.X));
        var (minY, maxY) = Extent(places.Select(place => place.Y));
        var plotWidth = Width - (2 * Padding);
        var plotHeight = Height - (2 * Padding);
        var scale = Math.Min(plotWidth / Math.Max(maxX - minX, 1e-9), plotHeight / Math.Max(maxY - minY, 1e-9));
        var middleX = (minX + maxX) / 2;
        var middleY = (minY + maxY) / 2;
        double ToX(double x) => (Width / 2) + ((x - middleX) * scale);
        double ToY(double y) => (Height / 2) - ((y - middleY) * scale);

        var radius = RadiusFor(places.Count);
        var spots = places.Select(place =>
        {
            var (dx, dy) = Jitter(place.ParticipantId, radius);
            return (Place: place, X: ToX(place.X) + dx, Y: ToY(place.Y) + dy);
        }).ToList();
        var dots = spots.Select(spot => new MapDot(spot.Place.ParticipantId, Number(spot.X), Number(spot.Y), GroupPalette.Of(spot.Place.Group), GroupLabels.Of(spot.Place.Group))).ToList();
        var mine = me is { } id ? spots.FindIndex(spot => spot.Place.ParticipantId == id) : -1;

        // "You" goes under the ring, or over it when the ring is near the bottom edge.
        var meLabelOffset = mine >= 0 && spots[mine].Y > Height - 40 ? "-18" : "26";

        // An item sits where someone who agreed with it alone would be pulled: its loadings, stretched to the reach of the dots.
        var reach = places.Count == 0 ? 1 : places.Max(place => Math.Max(Math.Abs(place.X), Math.Abs(place.Y)));
        var longest = analysis.Items.Count == 0 ? 0 : analysis.Items.Max(item => Math.Max(Math.Abs(item.First), Math.Abs(item.Second)));
        var stretch = longest > 0 ? reach / longest : 0;
        var markers = analysis.Items.Select(item => new MapItemMarker(
            items[item.ItemId],
            Number(Math.Clamp(ToX(item.First * stretch), Padding / 2, Width - (Padding / 2))),
            Number(Math.Clamp(ToY(item.Second * stretch), Padding / 2, Height - (Padding / 2))))).ToList();

        // The letter sits just above its group's centre, where the group's own dots would otherwise hide it.
        var groups = analysis.Groups.Select(group => new MapGroupMark(
            GroupLabels.Of(group.Id), GroupPalette.Of(group.Id), Number(ToX(group.X)), Number(Math.Max(ToY(group.Y) - LabelLift, 12)))).ToList();
        return new MapLayout(
            dots,
            mine >= 0 ? dots[mine] : null,
            meLabelOffset,
            markers,
            groups,
            minX <= 0 && maxX >= 0 ? Number(ToX(0)) : null,
            minY <= 0 && maxY >= 0 ? Number(ToY(0)) : null,
            Number(radius));
    }

    /// <summary>
    /// People who voted exactly alike land on the same spot; a small nudge (at most about one dot across, fixed by the
    /// participant's id so it never moves between recomputes) lets a stack of six read as six dots instead of one.
    /// </summary>
    public static (double X, double Y) Jitter(Guid participantId, double radius)
    {
        Span<byte> bytes = stackalloc byte[16];
        participantId.TryWriteBytes(bytes);
        var reach = radius * 1.2;
        return (((bytes[15] / 255.0) - 0.5) * 2 * reach, ((bytes[14] / 255.0) - 0.5) * 2 * reach);
    }

    /// <summary>Smaller dots as the room grows, so a crowd still shows its shape instead of one blot.</summary>
    public static double RadiusFor(int dots) => dots switch
    {
        > 2_000 => 1.6,
        > 300 => 2.6,
        > 60 => 4,
        _ => 5.5,
    };

    private static (double Min, double Max) Extent(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var value in values)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return double.IsInfinity(min) ? (-1, 1) : (min, max);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

/// <summary>A participant's dot: its place on the drawing, its group's colour and letter.</summary>
public sealed record MapDot(Guid ParticipantId, string X, string Y, string Colour, string Group);

/// <summary>An item's marker, shown on demand: its number on the map, its text as the tooltip.</summary>
public sealed record MapItemMarker(OpinionItem Item, string X, string Y);

/// <summary>A group's letter at its centre.</summary>
public sealed record MapGroupMark(string Label, string Colour, string X, string Y);
