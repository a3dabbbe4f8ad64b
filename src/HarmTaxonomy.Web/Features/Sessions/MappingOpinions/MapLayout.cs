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
    IReadOnlyList<MapItemMarker> Items,
    IReadOnlyList<MapGroupMark> Groups,
    string? OriginX,
    string? OriginY,
    string DotRadius)
{
    public const double Width = 600;
    public const double Height = 360;
    private const double Padding = 28;

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

        var dots = places.Select(place => new MapDot(place.ParticipantId, Number(ToX(place.X)), Number(ToY(place.Y)), GroupPalette.Of(place.Group), GroupLabels.Of(place.Group))).ToList();
        var mine = me is { } id ? dots.FirstOrDefault(dot => dot.ParticipantId == id) : null;

        // An item sits where someone who agreed with it alone would be pulled: its loadings, stretched to the reach of the dots.
        var reach = places.Count == 0 ? 1 : places.Max(place => Math.Max(Math.Abs(place.X), Math.Abs(place.Y)));
        var longest = analysis.Items.Count == 0 ? 0 : analysis.Items.Max(item => Math.Max(Math.Abs(item.First), Math.Abs(item.Second)));
        var stretch = longest > 0 ? reach / longest : 0;
        var markers = analysis.Items.Select(item => new MapItemMarker(
            items[item.ItemId],
            Number(Math.Clamp(ToX(item.First * stretch), Padding / 2, Width - (Padding / 2))),
            Number(Math.Clamp(ToY(item.Second * stretch), Padding / 2, Height - (Padding / 2))))).ToList();

        var groups = analysis.Groups.Select(group => new MapGroupMark(GroupLabels.Of(group.Id), GroupPalette.Of(group.Id), Number(ToX(group.X)), Number(ToY(group.Y)))).ToList();
        return new MapLayout(
            dots,
            mine,
            markers,
            groups,
            minX <= 0 && maxX >= 0 ? Number(ToX(0)) : null,
            minY <= 0 && maxY >= 0 ? Number(ToY(0)) : null,
            Number(RadiusFor(places.Count)));
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
