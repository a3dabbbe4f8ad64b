using HarmTaxonomy.TestSupport;
using HarmTaxonomy.Web.Features.Accounts.Registering;
using HarmTaxonomy.Web.Infrastructure.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HarmTaxonomy.IntegrationTests.Features.Accounts;

/// <summary>
/// The app for the account tests, with two seams: emails are captured instead of logged, and registration
/// follow-ups are recorded. One instance is shared by every account test class (each test uses its own accounts).
/// </summary>
public sealed class AccountsApp : HarmTaxonomyAppFactory
{
    public CapturingEmailSender Emails { get; } = new();

    public RecordingRegistrationFollowUp FollowUps { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IEmailSender<AppUser>>();
            services.AddSingleton<IEmailSender<AppUser>>(Emails);
            services.RemoveAll<IRegistrationFollowUp>();
            services.AddSingleton<IRegistrationFollowUp>(FollowUps);
        });
    }
}

[CollectionDefinition(Name)]
public sealed class AccountTests : ICollectionFixture<AccountsApp>
{
    public const string Name = "Accounts";
}
