using Microsoft.EntityFrameworkCore;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

public static class AccountsDatabase
{
    public static DbContextOptionsBuilder<AccountsDbContext> Configure(DbContextOptionsBuilder<AccountsDbContext> options, string connectionString)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", AccountsDbContext.Schema));
        options.UseOpenIddict<Guid>();
        return options;
    }
}
