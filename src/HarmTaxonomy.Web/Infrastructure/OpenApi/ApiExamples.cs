namespace HarmTaxonomy.Web.Infrastructure.OpenApi;

/// <summary>An example success body an endpoint answers with <see cref="Status"/>; the reference shows it as written.</summary>
public sealed record ResponseExample(int Status, string ContentType, object Example);

/// <summary>
/// The request body of an endpoint that reads its own body (<c>JsonBody&lt;T&gt;</c>, a form): its type and an example
/// for the document only. Not the framework's <c>Accepts</c>, whose content-type check in routing would answer a
/// missing or wrong body before the endpoint could explain the problem.
/// </summary>
public sealed record RequestExample(Type BodyType, string ContentType, object? Example);

/// <summary>
/// A refusal the endpoint answers as ProblemDetails. <see cref="Field"/> names the field a 400 complains about and
/// <see cref="Detail"/> says what the example says; both fall back to a generic wording.
/// </summary>
public sealed record ProblemExample(int Status, string? Field = null, string? Detail = null);

/// <summary>
/// The scopes a token needs when the endpoint's policy is not one of the plain <c>scope:…</c> policies (the Polis
/// policies also admit a signed-in browser); the document lists these scopes for it.
/// </summary>
public sealed record DocumentedScopes(IReadOnlyList<string> Scopes);
