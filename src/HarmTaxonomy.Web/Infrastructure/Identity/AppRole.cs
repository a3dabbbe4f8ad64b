using Microsoft.AspNetCore.Identity;

namespace HarmTaxonomy.Web.Infrastructure.Identity;

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
    }
}
