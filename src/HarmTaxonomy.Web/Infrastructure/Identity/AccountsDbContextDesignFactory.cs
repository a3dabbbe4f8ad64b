using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the app (which would start PostgreSQL).
/// The connection string is never opened at design time.
/// </summary>
public sealed class AccountsDbContextDesignFactory : IDesignTimeDbContextFactory<AccountsDbContext>
{
    public AccountsDbContext CreateDbContext(string[] args) =>
        new(AccountsDatabase.Configure(new DbContextOptionsBuilder<AccountsDbContext>(), "Host=localhost;Database=design-time").Options);
}
