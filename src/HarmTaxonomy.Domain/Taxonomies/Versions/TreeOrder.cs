namespace HarmTaxonomy.Domain.Taxonomies.Versions;

/// <summary>Depth-first order (parents first, siblings by position then notation), the order every output uses.</summary>
public static class TreeOrder
{
    public static IReadOnlyList<T> Sort<T>(IEnumerable<T> items, Func<T, Guid> id, Func<T, Guid?> parent, Func<T, int> position, Func<T, string> notation)
    {
        var all = items.ToList();
        var ids = all.Select(id).ToHashSet();
        var children = all
            .GroupBy(item => parent(item) is { } parentId && ids.Contains(parentId) ? parentId : Guid.Empty)
            .ToDictionary(
                group => group.Key,
                group => group.OrderBy(position).ThenBy(notation, StringComparer.Ordinal).ToList());
        var ordered = new List<T>(all.Count);
        var pending = new Stack<T>();
        PushChildren(Guid.Empty);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            ordered.Add(next);
            PushChildren(id(next));
        }

        return ordered;

        void PushChildren(Guid key)
        {
            if (!children.TryGetValue(key, out var list))
            {
                return;
            }

            for (var index = list.Count - 1; index >= 0; index--)
            {
                pending.Push(list[index]);
            }
        }
    }
}
