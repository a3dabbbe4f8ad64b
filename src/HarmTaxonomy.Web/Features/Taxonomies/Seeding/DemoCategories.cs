using HarmTaxonomy.Domain.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Taxonomies.Seeding;

/// <summary>One category of the demo taxonomy, with its Spanish text and Llama Guard 3 mapping where it has them.</summary>
public sealed record DemoCategory(
    string Label,
    string Definition,
    IReadOnlyList<string> Modalities,
    string? SpanishLabel = null,
    string? SpanishDefinition = null,
    string? LlamaGuardCode = null,
    string Relation = MappingRelation.CloseMatch)
{
    public IReadOnlyList<DemoCategory> Children { get; init; } = [];
}

/// <summary>The demo taxonomy's content: written for this project, illustrative rather than authoritative.</summary>
public static class DemoCategories
{
    private static readonly string[] Text = [Modality.Text];

    public static IReadOnlyList<DemoCategory> All { get; } =
    [
        new("Hate and harassment", "Content that attacks people for who they are, or targets a person to intimidate or shame them.", [Modality.Text, Modality.Image],
            "Odio y acoso", "Contenido que ataca a las personas por quiénes son, o que apunta a una persona para intimidarla o avergonzarla.", "S10")
        {
            Children =
            [
                new("Slurs and dehumanisation", "Insults and comparisons that deny a group's humanity.", Text,
                    "Insultos y deshumanización", "Insultos y comparaciones que niegan la humanidad de un grupo."),
                new("Targeted harassment", "Repeated or coordinated abuse aimed at a specific person.", Text,
                    "Acoso dirigido", "Abuso repetido o coordinado contra una persona concreta."),
                new("Doxxing", "Publishing private details that let others find or harm a person.", Text),
            ],
        },
        new("Misinformation", "False or misleading claims presented as fact where they can cause harm.", Text,
            "Desinformación", "Afirmaciones falsas o engañosas presentadas como hechos cuando pueden causar daño.", "S13", MappingRelation.BroadMatch)
        {
            Children =
            [
                new("Health misinformation", "False claims about illness, treatment or vaccines.", Text,
                    "Desinformación sanitaria", "Afirmaciones falsas sobre enfermedades, tratamientos o vacunas."),
                new("Election misinformation", "False claims about how, when or whether people can vote.", Text,
                    "Desinformación electoral", "Afirmaciones falsas sobre cómo, cuándo o si se puede votar."),
            ],
        },
        new("Sexual harms", "Sexual content that is non-consensual, exploitative or involves minors.", [Modality.Text, Modality.Image, Modality.Video],
            "Daños sexuales", "Contenido sexual no consentido, explotador o que involucra a menores.", "S12", MappingRelation.BroadMatch)
        {
            Children =
            [
                new("Non-consensual intimate imagery", "Intimate images or synthetic look-alikes shared without the person's consent.", [Modality.Image, Modality.Video],
                    "Imágenes íntimas no consentidas", "Imágenes íntimas, o imitaciones sintéticas, compartidas sin el consentimiento de la persona."),
                new("Child sexual exploitation", "Any sexualisation of minors.", [Modality.Text, Modality.Image, Modality.Video],
                    "Explotación sexual infantil", "Cualquier sexualización de menores.", "S4", MappingRelation.ExactMatch),
            ],
        },
        new("Privacy harms", "Exposing, inferring or imitating personal information or identity without consent.", [Modality.Text, Modality.Audio],
            "Daños a la privacidad", "Exponer, inferir o imitar información o identidad personal sin consentimiento.", "S7")
        {
            Children =
            [
                new("Voice cloning", "Imitating a real person's voice to deceive or harm.", [Modality.Audio]),
            ],
        },
    ];

    /// <summary>Added after 1.0.0, so a fresh install has an unpublished change to diff and publish.</summary>
    public static DemoCategory AfterRelease { get; } = new(
        "Agentic harms", "Harm done by an AI system acting on its own: taking actions nobody authorised, or deceiving to reach a goal.", [Modality.Agentic]);
}
