using HarmTaxonomy.Web.Infrastructure.Auth.Participants;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace HarmTaxonomy.Web.Tests.Infrastructure.Auth.Participants;

public sealed class ParticipantTokenIssuerTests
{
    private static readonly Guid SessionId = Guid.CreateVersion7();
    private static readonly Guid ParticipantId = Guid.CreateVersion7();

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly EphemeralDataProtectionProvider keys = new();

    [Fact]
    public void An_issued_token_has_the_prefix_and_reads_back_as_the_same_ticket_and_expiry()
    {
        var ticket = ParticipantTicket.ForAccount(SessionId, ParticipantId, "Ada Lovelace", Guid.CreateVersion7());

        var issued = Issuer().IssueWithExpiry(ticket, TimeSpan.FromMinutes(30));
        var validation = Validator().Validate(issued.Token);

        issued.Token.ShouldStartWith("htp_");
        issued.ExpiresAt.ShouldBe(clock.GetUtcNow().AddMinutes(30));
        validation.Succeeded.ShouldBeTrue(validation.Failure);
        validation.Ticket.ShouldBe(ticket);
        validation.ExpiresAt.ShouldBe(issued.ExpiresAt);
    }

    [Fact]
    public void Without_a_lifetime_the_configured_default_applies()
    {
        var issuer = Issuer(new ParticipantTokenOptions { LifetimeMinutes = 45 });

        var issued = issuer.IssueWithExpiry(Guest());

        issued.ExpiresAt.ShouldBe(clock.GetUtcNow().AddMinutes(45));
    }

    [Fact]
    public void The_default_lifetime_is_240_minutes()
    {
        new ParticipantTokenOptions().LifetimeMinutes.ShouldBe(240);
        Issuer().DefaultLifetime.ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void A_token_is_valid_until_its_expiry_and_refused_from_then_on()
    {
        var token = Issuer().Issue(Guest(), TimeSpan.FromMinutes(10));

        clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Validator().Validate(token).Succeeded.ShouldBeTrue();

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var expired = Validator().Validate(token);
        expired.Succeeded.ShouldBeFalse();
        expired.Failure.ShouldNotBeNull().ShouldContain("expired");
    }

    [Fact]
    public void A_token_with_a_changed_character_is_refused()
    {
        var token = Issuer().Issue(Guest());
        var middle = token.Length / 2;
        var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];

        var validation = Validator().Validate(tampered);

        validation.Succeeded.ShouldBeFalse();
        validation.Failure.ShouldBe(ParticipantTokenValidation.NotIssuedHere);
    }

    [Fact]
    public void A_token_from_another_key_ring_is_refused()
    {
        var token = Issuer().Issue(Guest());

        var validation = new ParticipantTokenValidator(new EphemeralDataProtectionProvider(), clock).Validate(token);

        validation.Failure.ShouldBe(ParticipantTokenValidation.NotIssuedHere);
    }

    [Fact]
    public void A_value_protected_for_another_purpose_is_refused()
    {
        var otherPurpose = keys.CreateProtector("Some.Other.Purpose").Protect("{}");

        Validator().Validate("htp_" + otherPurpose).Failure.ShouldBe(ParticipantTokenValidation.NotIssuedHere);
    }

    [Theory]
    [InlineData("")]
    [InlineData("htp_")]
    [InlineData("htp_%%%")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.sig")]
    public void A_string_that_is_no_token_is_malformed(string token)
    {
        Validator().Validate(token).Failure.ShouldBe(ParticipantTokenValidation.Malformed);
    }

    [Fact]
    public void Tickets_that_do_not_describe_a_participant_are_not_issued()
    {
        var issuer = Issuer();

        Should.Throw<ArgumentException>(() => issuer.Issue(Guest() with { UserId = Guid.CreateVersion7() }));
        Should.Throw<ArgumentException>(() => issuer.Issue(Guest() with { Kind = ParticipantKind.Account }));
        Should.Throw<ArgumentException>(() => issuer.Issue(Guest() with { DisplayName = " " }));
        Should.Throw<ArgumentException>(() => issuer.Issue(Guest() with { SessionId = Guid.Empty }));
        Should.Throw<ArgumentOutOfRangeException>(() => issuer.Issue(Guest(), TimeSpan.Zero));
    }

    private static ParticipantTicket Guest() => ParticipantTicket.ForGuest(SessionId, ParticipantId, "Guest 7");

    private ParticipantTokenIssuer Issuer(ParticipantTokenOptions? options = null) =>
        new(keys, clock, Options.Create(options ?? new ParticipantTokenOptions()));

    private ParticipantTokenValidator Validator() => new(keys, clock);
}
