using Bunit;
using HarmTaxonomy.Web.Components.Layout;
using HarmTaxonomy.Web.Infrastructure.Identity;

namespace HarmTaxonomy.Web.Tests.Components.Layout;

public sealed class NavMenuTests : MudBunitContext
{
    [Fact]
    public void An_admin_sees_administration_and_api_clients()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
        auth.SetRoles(Roles.Participant, Roles.Admin);

        var cut = Render<NavMenu>();

        cut.Find("[data-testid='nav-admin']").GetAttribute("href").ShouldBe("/admin/users");
        cut.Find("[data-testid='nav-api-clients']").GetAttribute("href").ShouldBe("/account/api-clients");
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Curator)]
    [InlineData(Roles.Facilitator)] // the API clients page lets them in (bots and projector screens for sessions)
    public void Researchers_curators_and_facilitators_see_api_clients_but_not_administration(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
        auth.SetRoles(Roles.Participant, role);

        var cut = Render<NavMenu>();

        cut.FindAll("[data-testid='nav-api-clients']").Count.ShouldBe(1);
        cut.FindAll("[data-testid='nav-admin']").ShouldBeEmpty();
    }

    [Fact]
    public void Participants_see_neither()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
        auth.SetRoles(Roles.Participant);

        var cut = Render<NavMenu>();

        cut.FindAll("[data-testid='nav-api-clients']").ShouldBeEmpty();
        cut.FindAll("[data-testid='nav-admin']").ShouldBeEmpty();
        cut.FindAll("[data-testid='nav-taxonomies']").Count.ShouldBe(1);
    }

    [Fact]
    public void Anonymous_visitors_see_only_the_public_links()
    {
        AddAuthorization();

        var cut = Render<NavMenu>();

        cut.FindAll("[data-testid='nav-api-clients']").ShouldBeEmpty();
        cut.FindAll("[data-testid='nav-admin']").ShouldBeEmpty();
        cut.FindAll("[data-testid='nav-home']").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(Roles.Facilitator)]
    [InlineData(Roles.Curator)]
    [InlineData(Roles.Admin)]
    public void Facilitators_curators_and_admins_see_the_facilitator_screens(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
        auth.SetRoles(Roles.Participant, role);

        var cut = Render<NavMenu>();

        cut.Find("[data-testid='nav-facilitate']").GetAttribute("href").ShouldBe("/facilitate");
    }

    [Theory]
    [InlineData(Roles.Participant)]
    [InlineData(Roles.Researcher)]
    public void Participants_and_researchers_do_not_see_the_facilitator_screens(string role)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana");
        auth.SetRoles(Roles.Participant, role);

        var cut = Render<NavMenu>();

        cut.FindAll("[data-testid='nav-facilitate']").ShouldBeEmpty();
    }

    [Fact]
    public void Everyone_can_find_how_to_join_a_session()
    {
        AddAuthorization();

        var cut = Render<NavMenu>();

        cut.Find("[data-testid='nav-join']").GetAttribute("href").ShouldBe("/join");
    }
}
