using System.Text;

namespace HarmTaxonomy.Benchmarks.Taxonomies.Generating;

/// <summary>
/// Plausible-looking wording of a chosen length in English, Spanish or French, from a seeded random source: the
/// benchmarks need texts the size of real ones (serialisation, JSON and hashing costs grow with them), not meaning.
/// </summary>
public sealed class SyntheticText(Random random)
{
    private static readonly Dictionary<string, string[]> Words = new(StringComparer.Ordinal)
    {
        ["en"] =
        [
            "content", "that", "promotes", "violent", "harm", "against", "people", "groups", "targeted", "abuse", "threats",
            "of", "self", "injury", "deceptive", "claims", "about", "health", "elections", "minors", "explicit", "material",
            "instructions", "for", "weapons", "fraud", "scams", "privacy", "personal", "data", "hateful", "slurs", "based",
            "on", "protected", "attributes", "including", "coordinated", "campaigns", "impersonation", "extremist",
        ],
        ["es"] =
        [
            "contenido", "que", "promueve", "daño", "violento", "contra", "personas", "grupos", "abuso", "dirigido",
            "amenazas", "de", "autolesión", "afirmaciones", "engañosas", "sobre", "salud", "elecciones", "menores",
            "material", "explícito", "instrucciones", "para", "armas", "fraude", "estafas", "privacidad", "datos",
            "personales", "insultos", "odio", "basados", "en", "atributos", "protegidos", "incluidas", "campañas",
        ],
        ["fr"] =
        [
            "contenu", "qui", "promeut", "préjudice", "violent", "contre", "personnes", "groupes", "abus", "ciblé",
            "menaces", "de", "automutilation", "affirmations", "trompeuses", "sur", "santé", "élections", "mineurs",
            "matériel", "explicite", "instructions", "pour", "armes", "fraude", "escroqueries", "vie", "privée",
            "données", "personnelles", "insultes", "haineuses", "fondées", "sur", "attributs", "protégés", "campagnes",
        ],
    };

    /// <summary>About 30 characters, capitalised, no full stop.</summary>
    public string Label(string language) => Capitalise(Phrase(language, 26, 34));

    /// <summary>Sentences adding up to about <paramref name="length"/> characters.</summary>
    public string Paragraph(string language, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length - 20)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(Capitalise(Phrase(language, 40, 80))).Append('.');
        }

        return text.ToString();
    }

    private string Phrase(string language, int minimum, int maximum)
    {
        var words = Words[language];
        var phrase = new StringBuilder();
        while (phrase.Length < minimum)
        {
            var word = words[random.Next(words.Length)];
            if (phrase.Length > 0 && phrase.Length + 1 + word.Length > maximum)
            {
                break;
            }

            if (phrase.Length > 0)
            {
                phrase.Append(' ');
            }

            phrase.Append(word);
        }

        return phrase.ToString();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
