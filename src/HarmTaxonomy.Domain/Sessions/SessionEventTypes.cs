namespace HarmTaxonomy.Domain.Sessions;

/// <summary>Every event a session's streams can hold, so the event store can read any of them back in any process.</summary>
public static class SessionEventTypes
{
    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(ISessionEvent).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ISessionEvent).IsAssignableFrom(type))
            .OrderBy(type => type.FullName, StringComparer.Ordinal),
    ];
}
