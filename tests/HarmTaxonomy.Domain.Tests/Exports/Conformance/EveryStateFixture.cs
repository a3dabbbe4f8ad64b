using HarmTaxonomy.Domain.Exports.Skos;
using HarmTaxonomy.Domain.Taxonomies.Drafting;
using HarmTaxonomy.Domain.Taxonomies.Versions;

namespace HarmTaxonomy.Domain.Tests.Exports.Conformance;

/// <summary>
/// Release 3.0.0 of a taxonomy in English, Spanish and Arabic with every state an export must carry: a three-level
/// hierarchy; every text in every language (labels, alternative labels, definitions, scope notes, examples, severity
/// guidance); each of the five SKOS mapping relations; a category deprecated with a replacement, one merged and one
/// split; and a previous release 2.0.0, so the diff yields change notes (added, renamed, merged, split, deprecated).
/// It is separate from <see cref="ExportFixture"/>, whose exact outputs other tests pin.
/// </summary>
public static class EveryStateFixture
{
    public const string BaseUrl = "https://harms.example.org";
    public const string Slug = "community-harms";
    public const string Version = "3.0.0";
    public const string PreviousVersion = "2.0.0";

    public static readonly Guid Violence = Guid.Parse("0193c000-0000-7000-8000-000000000001");
    public static readonly Guid Threats = Guid.Parse("0193c000-0000-7000-8000-000000000002");
    public static readonly Guid VeiledThreats = Guid.Parse("0193c000-0000-7000-8000-000000000003");
    public static readonly Guid OldScams = Guid.Parse("0193c000-0000-7000-8000-000000000004");
    public static readonly Guid Fraud = Guid.Parse("0193c000-0000-7000-8000-000000000005");
    public static readonly Guid Harassment = Guid.Parse("0193c000-0000-7000-8000-000000000006");
    public static readonly Guid Insults = Guid.Parse("0193c000-0000-7000-8000-000000000007");
    public static readonly Guid Stalking = Guid.Parse("0193c000-0000-7000-8000-000000000008");
    public static readonly Guid Spam = Guid.Parse("0193c000-0000-7000-8000-000000000009");

    public static IReadOnlyList<string> Languages { get; } = ["en", "es", "ar"];

    public static DateTimeOffset Released { get; } = new(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);

    public static VersionCategory ViolenceCategory { get; } = new()
    {
        Id = Violence,
        Notation = "HT-1",
        Position = 0,
        Modalities = [Modality.Text, Modality.Image, Modality.Video],
        Labels = Texts(("en", "Violence"), ("es", "Violencia"), ("ar", "العنف")),
        AltLabels = Lists(("en", ["Physical harm", "Gore"]), ("es", ["Daño físico"]), ("ar", ["الأذى الجسدي"])),
        Definitions = Texts(("en", "Content that promotes physical harm."), ("es", "Contenido que promueve daño físico."), ("ar", "محتوى يروّج للأذى الجسدي.")),
        ScopeNotes = Texts(("en", "Not news reporting."), ("es", "No incluye noticias."), ("ar", "لا يشمل التقارير الإخبارية.")),
        Examples = Lists(("en", ["A video cheering an assault"]), ("es", ["Un vídeo que celebra una agresión"]), ("ar", ["فيديو يمجّد اعتداءً"])),
        SeverityGuidance = Texts(("en", "Severe when a real person is named."), ("es", "Grave si nombra a una persona real."), ("ar", "خطير عند ذكر شخص حقيقي.")),
        Mappings = [new CategoryMapping(MappingRelation.ExactMatch, "MLCommons", "S1", null, "Same scope")],
    };

    public static VersionCategory ThreatsCategory { get; } = new()
    {
        Id = Threats,
        Notation = "HT-1.1",
        ParentId = Violence,
        Position = 0,
        Modalities = [Modality.Text, Modality.Audio],
        Labels = Texts(("en", "Threats"), ("es", "Amenazas"), ("ar", "التهديدات")),
        AltLabels = Lists(("en", ["Intimidation"])),
        Definitions = Texts(("en", "Statements of intent to harm someone."), ("es", "Declaraciones de intención de dañar."), ("ar", "تصريحات بنية إيذاء شخص ما.")),
        ScopeNotes = Texts(("en", "Not fiction.\nNot song lyrics."), ("es", "No incluye ficción."), ("ar", "لا يشمل الخيال.")),
        Examples = Lists(("en", ["\"I will hurt you\"", "Watch your back 😠"]), ("es", ["Te vas a enterar"]), ("ar", ["سوف تندم"])),
        Mappings = [new CategoryMapping(MappingRelation.NarrowMatch, null, null, "https://example.org/taxonomy/threats", null)],
    };

    public static VersionCategory VeiledThreatsCategory { get; } = new()
    {
        Id = VeiledThreats,
        Notation = "HT-1.1.1",
        ParentId = Threats,
        Position = 0,
        Modalities = [Modality.Text],
        Labels = Texts(("en", "Veiled threats"), ("es", "Amenazas veladas"), ("ar", "التهديدات المبطنة")),
        Definitions = Texts(("en", "Threats implied rather than stated."), ("es", "Amenazas implícitas."), ("ar", "تهديدات ضمنية.")),
        Mappings = [new CategoryMapping(MappingRelation.BroadMatch, "MLCommons", "S9", null, null)],
    };

    public static VersionCategory OldScamsCategory { get; } = new()
    {
        Id = OldScams,
        Notation = "HT-2",
        Position = 1,
        Labels = Texts(("en", "Scams"), ("es", "Estafas"), ("ar", "الاحتيالات")),
        Definitions = Texts(("en", "Tricks to take money."), ("es", "Trucos para quitar dinero."), ("ar", "حيل لأخذ المال.")),
    };

    public static VersionCategory FraudCategory { get; } = new()
    {
        Id = Fraud,
        Notation = "HT-3",
        Position = 2,
        Modalities = [Modality.Text, Modality.Agentic],
        Labels = Texts(("en", "Fraud"), ("es", "Fraude"), ("ar", "الغش")),
        Definitions = Texts(("en", "Deceiving people for gain."), ("es", "Engañar para obtener beneficio."), ("ar", "خداع الناس لتحقيق مكسب.")),
        Mappings =
        [
            new CategoryMapping(MappingRelation.CloseMatch, "MLCommons", "S2", null, null),
            new CategoryMapping(MappingRelation.RelatedMatch, null, null, "https://example.org/fraud", "Wider: includes forgery"),
        ],
    };

    public static VersionCategory HarassmentCategory { get; } = new()
    {
        Id = Harassment,
        Notation = "HT-4",
        Position = 3,
        Labels = Texts(("en", "Harassment"), ("es", "Acoso"), ("ar", "التحرش")),
        Definitions = Texts(("en", "Repeated unwanted contact."), ("es", "Contacto no deseado y repetido."), ("ar", "تواصل متكرر غير مرغوب فيه.")),
    };

    public static VersionCategory SpamCategory { get; } = new()
    {
        Id = Spam,
        Notation = "HT-7",
        Position = 6,
        Labels = Texts(("en", "Spam"), ("es", "Correo basura"), ("ar", "البريد المزعج")),
        Definitions = Texts(("en", "Unsolicited bulk messages."), ("es", "Mensajes masivos no solicitados."), ("ar", "رسائل جماعية غير مرغوب فيها.")),
    };

    /// <summary>Release 2.0.0: no third level yet, "Threats" had another English label, nothing deprecated.</summary>
    public static TaxonomySnapshot Previous { get; } = new(
        Slug,
        "Community harms",
        "Harms our community sees online.",
        "CC-BY-4.0",
        Languages,
        [
            ViolenceCategory,
            ThreatsCategory with { Labels = Texts(("en", "Threatening"), ("es", "Amenazas"), ("ar", "التهديدات")) },
            OldScamsCategory,
            FraudCategory,
            HarassmentCategory,
            SpamCategory with { Position = 4 },
        ]);

    /// <summary>Release 3.0.0, in tree order.</summary>
    public static TaxonomySnapshot Current { get; } = new(
        Slug,
        "Community harms",
        "Harms our community sees online: \"what\" and \\why\\.",
        "CC-BY-4.0",
        Languages,
        [
            ViolenceCategory,
            ThreatsCategory,
            VeiledThreatsCategory,
            OldScamsCategory with
            {
                Status = CategoryStatus.Deprecated,
                Deprecation = new Deprecation(DeprecationKind.MergedInto, [Fraud], "Same harm"),
            },
            FraudCategory,
            HarassmentCategory with
            {
                Status = CategoryStatus.Deprecated,
                Deprecation = new Deprecation(DeprecationKind.SplitInto, [Insults, Stalking], "Too broad to vote on"),
            },
            new VersionCategory
            {
                Id = Insults,
                Notation = "HT-5",
                Position = 4,
                Modalities = [Modality.Text],
                Labels = Texts(("en", "Insults"), ("es", "Insultos"), ("ar", "الإهانات")),
                Definitions = Texts(("en", "Demeaning words aimed at a person."), ("es", "Palabras humillantes contra alguien."), ("ar", "كلمات مهينة موجهة لشخص.")),
            },
            new VersionCategory
            {
                Id = Stalking,
                Notation = "HT-6",
                Position = 5,
                Labels = Texts(("en", "Stalking"), ("es", "Acecho"), ("ar", "الملاحقة")),
                Definitions = Texts(("en", "Following someone's life against their will."), ("es", "Seguir la vida de alguien contra su voluntad."), ("ar", "تتبّع حياة شخص رغماً عنه.")),
            },
            SpamCategory with
            {
                Status = CategoryStatus.Deprecated,
                Deprecation = new Deprecation(DeprecationKind.Deprecated, [Fraud], "Covered by fraud"),
            },
        ]);

    public static TaxonomyDiff Changes { get; } = TaxonomyDiffer.Compare(Previous, PreviousVersion, Current, Version);

    public static SkosVersionInput Skos { get; } = new()
    {
        Snapshot = Current,
        Version = Version,
        PreviousVersion = PreviousVersion,
        Issued = DateOnly.FromDateTime(Released.UtcDateTime),
        Creators = ["Ana García", "Sam Lee"],
        Publisher = "Community harms collective",
        PublicBaseUrl = BaseUrl,
        ChangesFromPrevious = Changes,
    };

    public static CanonicalVersion Canonical() =>
        CanonicalVersionJson.Build(Current, Version, PreviousVersion, Released, ChangelogWriter.Write(Changes));

    /// <summary>The IRI of a concept, as the exports write it.</summary>
    public static string Concept(Guid id) => $"{BaseUrl}/taxonomies/{Slug}/categories/{id:D}";

    private static Dictionary<string, string> Texts(params (string Language, string Text)[] texts) =>
        texts.ToDictionary(text => text.Language, text => text.Text);

    private static Dictionary<string, IReadOnlyList<string>> Lists(params (string Language, IReadOnlyList<string> Texts)[] texts) =>
        texts.ToDictionary(text => text.Language, text => text.Texts);
}
