using HarmTaxonomy.Web.Features.Sessions.Analysing;
using HarmTaxonomy.Web.Features.Sessions.CheckingAcceptance;
using HarmTaxonomy.Web.Features.Sessions.Hubs;
using HarmTaxonomy.Web.Features.Sessions.Seeding;

namespace HarmTaxonomy.Web.Features.Sessions.Live;

/// <summary>Everything live sessions run on: rooms, feed, coalesced broadcasts, presence, group-committed votes and the write path.</summary>
public static class LiveSessionServices
{
    public static IServiceCollection AddLiveSessions(this IServiceCollection services)
    {
        services.AddOptions<LiveSessionOptions>()
            .BindConfiguration(LiveSessionOptions.Section)
            .Validate(options => options.BroadcastIntervalMilliseconds is >= 50 and <= 5_000, $"{LiveSessionOptions.Section}:BroadcastIntervalMilliseconds must be between 50 and 5000.")
            .Validate(options => options.MaxVoteBatch is >= 1 and <= 10_000, $"{LiveSessionOptions.Section}:MaxVoteBatch must be between 1 and 10000.")
            .Validate(options => options.VotesPerSecondPerParticipant >= 1, $"{LiveSessionOptions.Section}:VotesPerSecondPerParticipant must be at least 1.")
            .Validate(options => options.SubmissionsPerMinutePerParticipant >= 1, $"{LiveSessionOptions.Section}:SubmissionsPerMinutePerParticipant must be at least 1.")
            .ValidateOnStart();

        services.AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.Section)
            .Validate(options => options.MinIntervalMilliseconds is >= 100 and <= 600_000, $"{AnalysisOptions.Section}:MinIntervalMilliseconds must be between 100 and 600000.")
            .ValidateOnStart();

        services.AddSingleton<SessionFeed>();
        services.AddSingleton<LiveBroadcasts>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveBroadcasts>());
        services.AddSingleton<SessionEventReader>();
        services.AddSingleton<SessionRooms>();
        services.AddSingleton<SessionPresence>();
        services.AddSingleton<ParticipantLimits>();
        services.AddSingleton<VoteCommitter>();
        services.AddHostedService(provider => provider.GetRequiredService<VoteCommitter>());
        services.AddSingleton<SessionVoting>();
        services.AddScoped<SessionWriter>();
        services.AddHostedService<SessionHubRelay>();
        services.AddSingleton<SessionAnalyses>();
        services.AddSingleton<SessionAcceptance>();
        services.AddHostedService<AnalysisWorker>();
        services.AddScoped<DemoSessionSeeder>();
        services.AddScoped<DemoVoters>();
        return services;
    }
}
