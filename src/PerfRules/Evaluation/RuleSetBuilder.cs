using PerfRules.Engine;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// Builds a <see cref="RuleSet"/>: groups of the indicator tree, one <see cref="IndicatorRule"/> per leaf, further
/// rules, and the policies for the total. <see cref="Build"/> checks everything at once and lists every problem.
/// </summary>
/// <remarks>Not thread-safe; the rule set it builds is.</remarks>
public sealed class RuleSetBuilder
{
    private readonly string _id;
    private readonly string _version;
    private readonly LocalizedText _name;
    private readonly List<IndicatorDefinition> _groups = [];
    private readonly List<IndicatorRule> _indicatorRules = [];
    private readonly List<Rule> _otherRules = [];
    private string? _jurisdiction;
    private int? _effectiveYear;
    private decimal _maximum = 100m;
    private GradeScale _grades = GradeScale.Default;
    private AdjustmentPolicy? _adjustments;
    private bool _convert;

    internal RuleSetBuilder(string id, string version, LocalizedText name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(name);
        _id = id;
        _version = version;
        _name = name;
    }

    /// <summary>Says where the rule set applies.</summary>
    /// <param name="jurisdiction">The province and county, for example 广东省遂溪县.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Jurisdiction(string jurisdiction)
    {
        _jurisdiction = jurisdiction;
        return this;
    }

    /// <summary>Says which fiscal year the table was published for.</summary>
    /// <param name="year">The year.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder EffectiveYear(int year)
    {
        _effectiveYear = year;
        return this;
    }

    /// <summary>Sets the maximum score (满分), 100 by default.</summary>
    /// <param name="maximum">The maximum; positive.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder MaximumScore(decimal maximum)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maximum);
        _maximum = maximum;
        return this;
    }

    /// <summary>Adds a group indicator (一级、二级指标): a node of the tree whose score is its children's sum.</summary>
    /// <param name="code">The code, such as 2.1.</param>
    /// <param name="name">The name.</param>
    /// <param name="weight">The weight: its children must add up to it.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Group(string code, LocalizedText name, decimal weight)
    {
        _groups.Add(new IndicatorDefinition(code, name, weight));
        return this;
    }

    /// <summary>Adds the rule of a leaf indicator; its <see cref="IndicatorRule.Indicator"/> becomes a leaf of the tree.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Indicator(IndicatorRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _indicatorRules.Add(rule);
        return this;
    }

    /// <summary>Adds a rule that scores no indicator itself, such as a reallocation of points.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Rule(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule is IndicatorRule indicatorRule)
        {
            return Indicator(indicatorRule);
        }

        _otherRules.Add(rule);
        return this;
    }

    /// <summary>Sets the grade bands; <see cref="GradeScale.Default"/> (优 ≥ 90, 良 [80, 90), 中 [60, 80), 差 &lt; 60) otherwise.</summary>
    /// <param name="grades">The grade bands.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Grades(GradeScale grades)
    {
        _grades = grades ?? throw new ArgumentNullException(nameof(grades));
        return this;
    }

    /// <summary>Sets the bonus and penalty policy (加减分项); without one, commendations and accountability findings do not count.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder Adjustments(AdjustmentPolicy policy)
    {
        _adjustments = policy ?? throw new ArgumentNullException(nameof(policy));
        return this;
    }

    /// <summary>Converts the total over the points that applied (换算得分 = 得分 ÷ 适用分值 × 满分) when some indicators do not apply.</summary>
    /// <param name="convert">Whether to convert.</param>
    /// <returns>This builder.</returns>
    public RuleSetBuilder ConvertOverApplicablePoints(bool convert = true)
    {
        _convert = convert;
        return this;
    }

    /// <summary>Checks and builds the rule set.</summary>
    /// <returns>The rule set.</returns>
    /// <exception cref="RuleSetException">
    /// The tree does not add up, a leaf has no rule or two, a rule scores a code that is not a leaf, or rule names
    /// repeat; every problem is listed.
    /// </exception>
    public RuleSet Build()
    {
        var problems = new List<string>();
        IndicatorTree? tree = null;
        try
        {
            // A leaf scored by two rules is reported below as such, not as a duplicate code of the tree.
            tree = new IndicatorTree(_groups.Concat(_indicatorRules.Select(r => r.Indicator).DistinctBy(d => d.Code)), _maximum);
        }
        catch (IndicatorTreeException exception)
        {
            problems.AddRange(exception.Problems);
        }
        catch (ArgumentException exception)
        {
            problems.Add(exception.Message);
        }

        foreach (var duplicate in _indicatorRules.GroupBy(r => r.Indicator.Code).Where(g => g.Count() > 1))
        {
            problems.Add($"{duplicate.Key} is scored by {duplicate.Count()} rules ({string.Join(", ", duplicate.Select(r => r.GetType().Name))}); give each leaf one rule.");
        }

        foreach (var name in _indicatorRules.Cast<Rule>().Concat(_otherRules).GroupBy(r => r.Name).Where(g => g.Count() > 1))
        {
            problems.Add($"Two rules are named '{name.Key}'; rule names must be unique.");
        }

        if (tree is not null)
        {
            foreach (var leaf in tree.Leaves.Where(l => _indicatorRules.All(r => r.Indicator.Code != l.Code)))
            {
                problems.Add($"{leaf.Code} {leaf.Name.Chinese} is a group with no children and no rule; add its indicators or a rule.");
            }

            foreach (var rule in _indicatorRules.Where(r => tree.Children(r.Indicator.Code).Count > 0))
            {
                problems.Add($"{rule.Indicator.Code} {rule.Indicator.Name.Chinese} has children, so it is a group, but rule {rule.GetType().Name} scores it; a rule may only score a leaf.");
            }
        }

        if (problems.Count > 0 || tree is null)
        {
            throw new RuleSetException(_id, problems);
        }

        var ordered = tree.Leaves.Select(l => _indicatorRules.First(r => r.Indicator.Code == l.Code)).ToArray();
        return new RuleSet(_id, _version, _name, _jurisdiction, _effectiveYear, tree, _grades, _adjustments, _convert, ordered, [.. _otherRules]);
    }
}
