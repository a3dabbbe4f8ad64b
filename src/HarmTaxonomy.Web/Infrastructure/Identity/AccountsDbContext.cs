using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>
/// Accounts (ASP.NET Core Identity) and OAuth clients, tokens and authorizations (OpenIddict), in their own
/// PostgreSQL schema beside Marten's, with EF Core migrations committed in Infrastructure/Identity/Migrations.
/// </summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The key ring that protects cookies, antiforgery and participant tokens: in the database, so restarts,
    /// re-created containers and several instances all read the same keys.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public const string Schema = "identity";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        builder.HasDefaultSchema(Schema);
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();

        builder.Entity<AppUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(AppUser.DisplayNameMaxLength);
            user.Property(u => u.PreferredLanguage).HasMaxLength(16);
        });
    }
}
