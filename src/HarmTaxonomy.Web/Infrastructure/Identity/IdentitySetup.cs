using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>Accounts: ASP.NET Core Identity on EF Core in the <c>identity</c> schema, with cookie sign-in.</summary>
public static class IdentitySetup
{
    public const string LoginPath = "/account/login";
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary>
    /// How soon a changed security stamp (a role granted or revoked, a new password) reaches open pages and sign-in
    /// cookies: one cheap lookup a minute per circuit, instead of roles that stay stale for half an hour.
    /// </summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(1);

    /// <summary>The shortest password accepted, at the form's edge and by Identity itself.</summary>
    public const int PasswordMinLength = 10;

    public static IServiceCollection AddHarmTaxonomyIdentity(this IServiceCollection services, string connectionString, bool isDevelopment)
    {
        services.AddDbContext<AccountsDbContext>(options => AccountsDatabase.Configure((DbContextOptionsBuilder<AccountsDbContext>)options, connectionString));

        services.AddDataProtection()
            .SetApplicationName("HarmTaxonomy")
            .PersistKeysToDbContext<AccountsDbContext>();

        services.AddIdentity<AppUser, AppRole>(options =>
            {
                // Length protects better than composition rules (NIST SP 800-63B); lockout stops guessing.
                options.Password.RequiredLength = PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = RevalidationInterval);

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "ht-auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = isDevelopment ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.LoginPath = LoginPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromDays(14);
        });

        services.AddScoped<IEmailSender<AppUser>, LoggingEmailSender>();
        return services;
    }
}
