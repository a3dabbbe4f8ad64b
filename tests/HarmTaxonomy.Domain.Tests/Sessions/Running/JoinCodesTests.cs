using HarmTaxonomy.Domain.Sessions.Running;

namespace HarmTaxonomy.Domain.Tests.Sessions.Running;

public sealed class JoinCodesTests
{
    [Theory]
    [InlineData('0')]
    [InlineData('O')]
    [InlineData('1')]
    [InlineData('I')]
    [InlineData('L')]
    public void The_alphabet_leaves_out_characters_people_confuse(char lookAlike) => JoinCodes.Alphabet.ShouldNotContain(lookAlike);

    [Fact]
    public void The_alphabet_is_upper_case_letters_and_digits_without_repeats()
    {
        JoinCodes.Alphabet.ShouldAllBe(character => char.IsAsciiLetterUpper(character) || char.IsAsciiDigit(character));
        JoinCodes.Alphabet.Distinct().Count().ShouldBe(JoinCodes.Alphabet.Length);
    }

    [Fact]
    public void New_codes_are_six_characters_of_the_alphabet_and_survive_normalising()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => JoinCodes.New()).ToList();

        codes.ShouldAllBe(code => code.Length == JoinCodes.Length && code.All(JoinCodes.Alphabet.Contains));
        codes.ShouldAllBe(code => JoinCodes.Normalise(code) == code);
        codes.Distinct().Count().ShouldBeGreaterThan(190);
    }

    [Fact]
    public void The_demo_code_is_a_valid_code() => JoinCodes.Normalise("HARM42").ShouldBe("HARM42");

    [Theory]
    [InlineData("harm42")]
    [InlineData(" HARM 42 ")]
    [InlineData("har-m42")]
    [InlineData("H A R M 4 2")]
    public void A_typed_code_is_tidied(string typed) => JoinCodes.Normalise(typed).ShouldBe("HARM42");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HARM4")]
    [InlineData("HARM421")]
    [InlineData("HARMO2")]
    [InlineData("HARM12")]
    [InlineData("HARL42")]
    [InlineData("HARM4!")]
    public void What_cannot_be_a_code_is_not_one(string? typed) => JoinCodes.Normalise(typed).ShouldBeNull();
}
