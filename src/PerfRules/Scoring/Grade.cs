namespace PerfRules.Scoring;

/// <summary>
/// A performance grade (绩效等级), with its Chinese and English names: 优 Excellent, 良 Good, 中 Fair, 差 Poor by default
/// (财预〔2020〕10号). A county may define others.
/// </summary>
/// <remarks>Grades compare by their names. Immutable and thread-safe.</remarks>
public sealed record Grade
{
    /// <summary>优: excellent, 90 and above by default.</summary>
    public static readonly Grade Excellent = new("优", "Excellent");

    /// <summary>良: good, 80 to under 90 by default.</summary>
    public static readonly Grade Good = new("良", "Good");

    /// <summary>中: fair, 60 to under 80 by default.</summary>
    public static readonly Grade Fair = new("中", "Fair");

    /// <summary>差: poor, under 60 by default.</summary>
    public static readonly Grade Poor = new("差", "Poor");

    /// <summary>Creates a grade.</summary>
    /// <param name="chineseName">The Chinese name, e.g. 良.</param>
    /// <param name="englishName">The English name, e.g. Good.</param>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public Grade(string chineseName, string englishName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chineseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        ChineseName = chineseName;
        EnglishName = englishName;
    }

    /// <summary>The Chinese name, e.g. 良.</summary>
    public string ChineseName { get; }

    /// <summary>The English name, e.g. Good.</summary>
    public string EnglishName { get; }

    /// <summary>The name in <paramref name="language"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Name(Results.Language language = Results.Language.Chinese) =>
        language == Results.Language.English ? EnglishName : ChineseName;

    /// <summary>Returns the Chinese name.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;
}
