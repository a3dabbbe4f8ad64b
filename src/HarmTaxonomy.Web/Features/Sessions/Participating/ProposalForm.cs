using HarmTaxonomy.Domain.Sessions.Proposals;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Web.Features.Sessions.Live;
using HarmTaxonomy.Web.Features.Taxonomies.Drafting;

namespace HarmTaxonomy.Web.Features.Sessions.Participating;

/// <summary>
/// The propose dialog's input. Which fields a proposal asks for depends on its kind (add: name, definition, examples,
/// modalities, parent; rename: category, name; …); only those are sent, so a field left over from another kind never
/// travels. Field names are those the session's refusals use, so errors land next to the right field.
/// </summary>
public sealed class ProposalForm
{
    public const string NameField = "name";
    public const string DefinitionField = "definition";
    public const string ExamplesField = "examples";
    public const string ModalitiesField = "modalities";
    public const string ParentField = "parentId";
    public const string CategoryField = "categoryId";
    public const string IntoField = "intoId";
    public const string SplitField = "splitInto";
    public const string RationaleField = "rationale";

    public static IReadOnlyList<ProposalKind> Kinds { get; } = Enum.GetValues<ProposalKind>();

    public ProposalKind Kind { get; set; } = ProposalKind.AddCategory;

    public string? Name { get; set; }

    public string? Definition { get; set; }

    /// <summary>One example per line.</summary>
    public string? Examples { get; set; }

    public IReadOnlyCollection<string> Modalities { get; set; } = [Modality.Text];

    public DraftTreeNode? Parent { get; set; }

    public DraftTreeNode? Category { get; set; }

    public DraftTreeNode? Into { get; set; }

    /// <summary>One new category name per line.</summary>
    public string? SplitInto { get; set; }

    public string? Rationale { get; set; }

    public bool Asks(string field) => field switch
    {
        NameField => Kind is ProposalKind.AddCategory or ProposalKind.Rename,
        DefinitionField => Kind is ProposalKind.AddCategory or ProposalKind.Redefine,
        ExamplesField or ModalitiesField => Kind is ProposalKind.AddCategory,
        ParentField => Kind is ProposalKind.AddCategory or ProposalKind.Move,
        CategoryField => Kind is not ProposalKind.AddCategory,
        IntoField => Kind is ProposalKind.Merge,
        SplitField => Kind is ProposalKind.Split,
        RationaleField => true,
        _ => false,
    };

    public ProposalInput ToInput() => new(
        Kind.ToValue(),
        Name: Asks(NameField) ? Name : null,
        Definition: Asks(DefinitionField) ? Definition : null,
        Examples: Asks(ExamplesField) ? Lines(Examples) : null,
        Modalities: Asks(ModalitiesField) ? [.. Modalities] : null,
        ParentId: Asks(ParentField) ? Parent?.Id : null,
        CategoryId: Asks(CategoryField) ? Category?.Id : null,
        IntoId: Asks(IntoField) ? Into?.Id : null,
        SplitInto: Asks(SplitField) ? Lines(SplitInto) : null,
        Rationale: Rationale);

    /// <summary>The field a refusal is about, in this form's names; the taxonomy calls some of them differently.</summary>
    public static string FieldOf(string refusedField) => refusedField switch
    {
        "label" => NameField,
        "into" => SplitField,
        "reason" => RationaleField,
        "parent" => ParentField,
        "category" => CategoryField,
        _ => refusedField,
    };

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
}
