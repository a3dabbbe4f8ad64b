using System.Net;
using System.Text.RegularExpressions;

namespace HarmTaxonomy.TestSupport;

/// <summary>
/// Signs in through the real sign-in form over HTTP (antiforgery token and all), leaving the auth cookie in the
/// client's cookie container. The client must be created with HandleCookies and without automatic redirects.
/// </summary>
public static partial class BrowserlessSignIn
{
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/login");
        var fields = HiddenFields(page);
        foreach (var name in InputNames(page))
        {
            if (name.EndsWith("Email", StringComparison.OrdinalIgnoreCase))
            {
                fields[name] = email;
            }
            else if (name.EndsWith("Password", StringComparison.OrdinalIgnoreCase))
            {
                fields[name] = password;
            }
        }

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Sign-in of {email} did not redirect ({(int)response.StatusCode}).");
        }
    }

    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html)
            .Select(match => (Name: NameAttribute().Match(match.Value).Groups[1].Value, Value: ValueAttribute().Match(match.Value).Groups[1].Value))
            .Where(field => field.Name.Length > 0)
            .GroupBy(field => field.Name)
            .ToDictionary(group => group.Key, group => WebUtility.HtmlDecode(group.First().Value));

    private static IEnumerable<string> InputNames(string html) =>
        AnyInput().Matches(html).Select(match => NameAttribute().Match(match.Value).Groups[1].Value).Where(name => name.Length > 0);

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex AnyInput();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
