using Microsoft.AspNetCore.Components.Forms;

namespace HarmTaxonomy.Web.Tests;

/// <summary>What <c>&lt;AntiforgeryToken /&gt;</c> renders in a test: a fixed token under the real field name.</summary>
public sealed class FakeAntiforgery : AntiforgeryStateProvider
{
    public const string Token = "test-antiforgery-token";

    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new(Token, "__RequestVerificationToken");
}
