using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using PerfRules.Engine;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// A county's scoring table as rules (评分规则集): the indicator tree with its weights and criteria, one
/// <see cref="IndicatorRule"/> per leaf, any further rules (reallocation and the like), and the policies for the total:
/// grade bands, bonus and penalty caps, conversion. Build one with <see cref="Create"/>.
/// </summary>
/// <remarks>Immutable and thread-safe once built. Compile it once into a <see cref="ScorecardEvaluator"/> and reuse that.</remarks>
public sealed class RuleSet
{
    // Two threads reading the hash first may both compute it: they compute the same text, and either may be kept.
    private string? _contentHash;

    internal RuleSet(
        string id,
        string version,
        LocalizedText name,
        string? jurisdiction,
        int? effectiveYear,
        IndicatorTree indicators,
        GradeScale grades,
        AdjustmentPolicy? adjustments,
        bool convertOverApplicablePoints,
        IReadOnlyList<IndicatorRule> indicatorRules,
        IReadOnlyList<Rule> otherRules)
    {
        Id = id;
        Version = version;
        Name = name;
        Jurisdiction = jurisdiction;
        EffectiveYear = effectiveYear;
        Indicators = indicators;
        Grades = grades;
        Adjustments = adjustments;
        ConvertOverApplicablePoints = convertOverApplicablePoints;
        IndicatorRules = indicatorRules;
        OtherRules = otherRules;
        Layout = Scorecards.IndicatorLayout.Of(indicators);
    }

    /// <summary>The rule set's id, such as <c>GuangdongSuixi2022</c>.</summary>
    public string Id { get; }

    /// <summary>The rule set's version; change it whenever the scoring changes.</summary>
    public string Version { get; }

    /// <summary>The rule set's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Where it applies (province, county), or <see langword="null"/>.</summary>
    public string? Jurisdiction { get; }

    /// <summary>The fiscal year it was published for, or <see langword="null"/>.</summary>
    public int? EffectiveYear { get; }

    /// <summary>The indicator tree (指标体系), validated: children add up to their parents, the top to the maximum.</summary>
    public IndicatorTree Indicators { get; }

    /// <summary>The most points the indicators carry (满分).</summary>
    public decimal MaximumScore => Indicators.Maximum;

    /// <summary>The grade bands (等级).</summary>
    public GradeScale Grades { get; }

    /// <summary>The bonus and penalty policy (加减分项), or <see langword="null"/> for none.</summary>
    public AdjustmentPolicy? Adjustments { get; }

    /// <summary>Whether the total is converted over the points that applied (换算得分) when some indicators do not apply.</summary>
    public bool ConvertOverApplicablePoints { get; }

    /// <summary>One rule per leaf indicator, in the tree's order.</summary>
    public IReadOnlyList<IndicatorRule> IndicatorRules { get; }

    /// <summary>The rule set's further rules, such as reallocations.</summary>
    public IReadOnlyList<Rule> OtherRules { get; }

    /// <summary>
    /// A SHA-256 of everything that decides a score: the id, version, tree, policies, and each rule's name and the
    /// identity of the compiled code that implements it (its type and its module's build id, which a deterministic
    /// build derives from the source). Two evaluations with the same hash ran the same rules.
    /// </summary>
    /// <remarks>Computed when first read (scorecards read it), not when the rule set is built.</remarks>
    public string ContentHash => _contentHash ??= Hash();

    /// <summary>Each indicator's place in the table, by code, in table order.</summary>
    internal IReadOnlyDictionary<string, Scorecards.IndicatorLayout> Layout { get; }

    /// <summary>Starts building a rule set.</summary>
    /// <param name="id">The id; letters, digits and punctuation, no spaces.</param>
    /// <param name="version">The version.</param>
    /// <param name="name">The display name.</param>
    /// <returns>A builder.</returns>
    public static RuleSetBuilder Create(string id, string version, LocalizedText name) => new(id, version, name);

    /// <summary>
    /// Starts a rule set that changes this one (在…基础上调整): a county adopting its province's or another county's table
    /// with a few rows of its own. The builder starts with everything this rule set has (groups, rules, reallocation
    /// rules, jurisdiction, year, maximum, grades, bonus and penalty policy, conversion); change it with
    /// <see cref="RuleSetBuilder.Replace(IndicatorRule)"/>, <see cref="RuleSetBuilder.ReplaceGroup"/>,
    /// <see cref="RuleSetBuilder.Remove"/>, <see cref="RuleSetBuilder.RemoveRule"/> and the other builder methods, then
    /// <see cref="RuleSetBuilder.Build"/> checks the result as a whole. This rule set is not changed.
    /// </summary>
    /// <example>
    /// <code>
    /// RuleSet county = BuiltInRuleSets.GuangdongSuixi2022.Extend("CountyX2023", "1.0.0", new LocalizedText("某县评分表"))
    ///     .Jurisdiction("某省某县")
    ///     .Replace(new StricterCarryOverRate())
    ///     .Build();
    /// </code>
    /// </example>
    /// <param name="id">The new rule set's id; with <paramref name="version"/>, it must differ from this one's.</param>
    /// <param name="version">The new rule set's version.</param>
    /// <param name="name">The new rule set's display name.</param>
    /// <returns>A builder holding this rule set's content.</returns>
    /// <remarks>The new rule set shares this one's rule instances; rules are descriptions and are never changed by being compiled.</remarks>
    public RuleSetBuilder Extend(string id, string version, LocalizedText name) => new(this, id, version, name);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";

    private string Hash()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Id}|{Version}|{MaximumScore}|{ConvertOverApplicablePoints}");
        foreach (var indicator in Indicators.All)
        {
            text.AppendLine($"I|{indicator.Code}|{indicator.Name.Chinese}|{indicator.Weight}|{indicator.Criteria?.Chinese}");
        }

        foreach (var band in Grades.Bands)
        {
            text.AppendLine($"G|{band.Interval}|{band.Grade.ChineseName}");
        }

        if (Adjustments is { } a)
        {
            text.AppendLine($"A|{a.BonusPerItem}|{a.BonusCap}|{a.PenaltyPerItem}|{a.PenaltyCap}|{a.MaximumTotal}|{a.MinimumTotal}");
        }

        foreach (var rule in IndicatorRules)
        {
            AppendRule(text, rule);
        }

        foreach (var rule in OtherRules)
        {
            AppendRule(text, rule);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void AppendRule(StringBuilder text, Rule rule)
    {
        var type = rule.GetType();
        // A rule declared in a JSON document shares its type with every other: its declaration stands in for its code.
        var declared = (rule as RuleSetFormat.Building.IFingerprinted)?.Fingerprint;
        text.AppendLine(declared is null
            ? $"R|{rule.Name}|{type.FullName}|{type.Module.ModuleVersionId}"
            : $"R|{rule.Name}|{type.FullName}|{type.Module.ModuleVersionId}|{declared}");
    }
}
