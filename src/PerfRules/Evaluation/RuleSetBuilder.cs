using PerfRules.Engine;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.Evaluation;

/// <summary>
/// Builds a <see cref="RuleSet"/>: groups of the indicator tree, one <see cref="IndicatorRule"/> per leaf, further
/// rules, and the policies for the total. <see cref="Build"/> checks everything at once and lists every problem.
/// </summary>
/// <remarks>
/// <para>Start a new rule set with <see cref="RuleSet.Create"/>, or one that changes an existing rule set (a county's table
/// adapted from its province's, or from another county's) with <see cref="RuleSet.Extend"/>: the builder then starts with
/// everything the base has, and <see cref="Replace(IndicatorRule)"/>, <see cref="ReplaceGroup"/>, <see cref="Remove"/>,
/// <see cref="RemoveRule"/> and the other methods change it. The result is checked as a whole, as if written from scratch.</para>
/// <para>Not thread-safe; the rule set it builds is.</para>
/// </remarks>
public sealed class RuleSetBuilder
{
    private readonly string _id;
    private readonly string _version;
    private readonly LocalizedText _name;
    private readonly List<IndicatorDefinition> _groups = [];
    private readonly List<IndicatorRule> _indicatorRules = [];
    private readonly List<Rule> _otherRules = [];
    private readonly List<string> _problems = [];
    private readonly RuleSet? _basis;
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

    internal RuleSetBuilder(RuleSet basis, string id, string version, LocalizedText name)
        : this(id, version, name)
    {
        var leaves = basis.IndicatorRules.Select(r => r.Indicator.Code).ToHashSet(StringComparer.Ordinal);
        _groups.AddRange(basis.Indicators.All.Where(d => !leaves.Contains(d.Code)));
        _indicatorRules.AddRange(basis.IndicatorRules);
        _otherRules.AddRange(basis.OtherRules);
        _jurisdiction = basis.Jurisdiction;
        _effectiveYear = basis.EffectiveYear;
        _maximum = basis.MaximumScore;
        _grades = basis.Grades;
        _adjustments = basis.Adjustments;
        _convert = basis.ConvertOverApplicablePoints;
        _basis = basis;
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

    /// <summary>
    /// Replaces the rule of a leaf indicator with another that scores the same code: a county's own criteria for one row
    /// of the table it adopted. The new rule's <see cref="IndicatorRule.Indicator"/> (name, weight, criteria) replaces
    /// the old row; a changed weight must still add up with its siblings when the rule set is built.
    /// </summary>
    /// <param name="rule">The new rule.</param>
    /// <returns>This builder.</returns>
    /// <remarks>A code that is not a leaf here is reported by <see cref="Build"/>, with the other problems.</remarks>
    public RuleSetBuilder Replace(IndicatorRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var code = rule.Indicator.Code;
        var index = _indicatorRules.FindIndex(r => r.Indicator.Code == code);
        if (index >= 0)
        {
            _indicatorRules[index] = rule;
        }
        else
        {
            _problems.Add(_groups.Any(g => g.Code == code)
                ? $"Replace({rule.GetType().Name}): {code} is a group, not a leaf; Remove(\"{code}\") and add the rule with Indicator to score it as a leaf."
                : $"Replace({rule.GetType().Name}): there is no leaf {code} to replace; add a new leaf with Indicator.");
        }

        return this;
    }

    /// <summary>Replaces a group indicator (一级、二级指标): its name and weight, typically to make the weights add up again after a leaf changed.</summary>
    /// <param name="code">The group's code, such as 2.1.</param>
    /// <param name="name">The name.</param>
    /// <param name="weight">The weight: its children must add up to it.</param>
    /// <returns>This builder.</returns>
    /// <remarks>A code that is not a group here is reported by <see cref="Build"/>, with the other problems.</remarks>
    public RuleSetBuilder ReplaceGroup(string code, LocalizedText name, decimal weight)
    {
        var group = new IndicatorDefinition(code, name, weight);
        var index = _groups.FindIndex(g => g.Code == code);
        if (index >= 0)
        {
            _groups[index] = group;
        }
        else
        {
            _problems.Add(_indicatorRules.Any(r => r.Indicator.Code == code)
                ? $"ReplaceGroup: {code} is a leaf, not a group; use Replace to change its rule."
                : $"ReplaceGroup: there is no group {code} to replace; add a new group with Group.");
        }

        return this;
    }

    /// <summary>
    /// Removes an indicator and everything below it (a group with its children), with the rules that score them. Rules
    /// that are not indicator rules, such as a reallocation that names the removed code, stay: remove them with
    /// <see cref="RemoveRule"/>. The weights left must still add up when the rule set is built.
    /// </summary>
    /// <param name="code">The code, such as 2.1.6.</param>
    /// <returns>This builder.</returns>
    /// <remarks>A code the rule set does not have is reported by <see cref="Build"/>, with the other problems.</remarks>
    public RuleSetBuilder Remove(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        bool Below(string c) => c == code || c.StartsWith(code + ".", StringComparison.Ordinal);
        if (_groups.RemoveAll(g => Below(g.Code)) + _indicatorRules.RemoveAll(r => Below(r.Indicator.Code)) == 0)
        {
            _problems.Add($"Remove: there is no indicator {code} to remove.");
        }

        return this;
    }

    /// <summary>Removes a rule that scores no indicator itself, such as a reallocation of points, by its <see cref="Rule.Name"/>.</summary>
    /// <param name="name">The rule's name, such as "2.1.5 → 2.1.2 转移支付部分分值调整".</param>
    /// <returns>This builder.</returns>
    /// <remarks>
    /// An indicator rule is removed with its indicator (<see cref="Remove"/>) or replaced (<see cref="Replace(IndicatorRule)"/>);
    /// a name no other rule has is reported by <see cref="Build"/>, with the other problems.
    /// </remarks>
    public RuleSetBuilder RemoveRule(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (_otherRules.RemoveAll(r => r.Name == name) == 0)
        {
            _problems.Add(_indicatorRules.Any(r => r.Name == name)
                ? $"RemoveRule: '{name}' scores an indicator; remove the indicator with Remove or change its rule with Replace."
                : $"RemoveRule: there is no rule named '{name}'; the rules that score no indicator are: {(_otherRules.Count == 0 ? "none" : string.Join(", ", _otherRules.Select(r => $"'{r.Name}'")))}.");
        }

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
    /// The tree does not add up, a leaf has no rule or two, a rule scores a code that is not a leaf, rule names repeat, a
    /// change names an indicator or rule that is not there, or an extended rule set keeps its base's id and version;
    /// every problem is listed.
    /// </exception>
    public RuleSet Build()
    {
        var problems = new List<string>(_problems);
        if (_basis is not null && _basis.Id == _id && _basis.Version == _version)
        {
            problems.Add($"The rule set extends {_basis} and has the same id and version; give it its own, so that scorecards tell them apart.");
        }

        // Loops rather than LINQ on the way that finds no problem: a rule set is built once, often in a process that has
        // just started, where each lambda and generic instantiation costs more to compile than it saves. The messages
        // about repeated leaves and names are worded from groups, built only when there is something to report.
        var ruleByCode = new Dictionary<string, IndicatorRule>(_indicatorRules.Count, StringComparer.Ordinal);
        var definitions = new List<IndicatorDefinition>(_groups.Count + _indicatorRules.Count);
        definitions.AddRange(_groups);
        var scoredTwice = false;
        foreach (var rule in _indicatorRules)
        {
            var indicator = rule.Indicator;
            if (ruleByCode.TryAdd(indicator.Code, rule))
            {
                definitions.Add(indicator);
            }
            else
            {
                scoredTwice = true;
            }
        }

        IndicatorTree? tree = null;
        try
        {
            // A leaf scored by two rules is reported below as such, not as a duplicate code of the tree.
            tree = new IndicatorTree(definitions, _maximum);
        }
        catch (IndicatorTreeException exception)
        {
            problems.AddRange(exception.Problems);
        }
        catch (ArgumentException exception)
        {
            problems.Add(exception.Message);
        }

        if (scoredTwice)
        {
            foreach (var duplicate in _indicatorRules.GroupBy(r => r.Indicator.Code).Where(g => g.Count() > 1))
            {
                problems.Add($"{duplicate.Key} is scored by {duplicate.Count()} rules ({string.Join(", ", duplicate.Select(r => r.GetType().Name))}); give each leaf one rule{(_basis is not null && _basis.Indicators.Contains(duplicate.Key) ? $" (to change {duplicate.Key} of {_basis.Id}, use Replace rather than Indicator)" : "")}.");
            }
        }

        var names = new HashSet<string>(_indicatorRules.Count + _otherRules.Count, StringComparer.Ordinal);
        var nameRepeated = false;
        foreach (var rule in _indicatorRules)
        {
            nameRepeated |= !names.Add(rule.Name);
        }

        foreach (var rule in _otherRules)
        {
            nameRepeated |= !names.Add(rule.Name);
        }

        if (nameRepeated)
        {
            foreach (var name in _indicatorRules.Cast<Rule>().Concat(_otherRules).GroupBy(r => r.Name).Where(g => g.Count() > 1))
            {
                problems.Add($"Two rules are named '{name.Key}'; rule names must be unique.");
            }
        }

        if (tree is not null)
        {
            foreach (var leaf in tree.Leaves)
            {
                if (!ruleByCode.ContainsKey(leaf.Code))
                {
                    problems.Add($"{leaf.Code} {leaf.Name.Chinese} is a group with no children and no rule; add its indicators or a rule.");
                }
            }

            foreach (var rule in _indicatorRules)
            {
                if (tree.Children(rule.Indicator.Code).Count > 0)
                {
                    problems.Add($"{rule.Indicator.Code} {rule.Indicator.Name.Chinese} has children, so it is a group, but rule {rule.GetType().Name} scores it; a rule may only score a leaf.");
                }
            }
        }

        if (problems.Count > 0 || tree is null)
        {
            throw new RuleSetException(_id, problems);
        }

        var ordered = new IndicatorRule[tree.Leaves.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = ruleByCode[tree.Leaves[i].Code];
        }

        return new RuleSet(_id, _version, _name, _jurisdiction, _effectiveYear, tree, _grades, _adjustments, _convert, ordered, [.. _otherRules]);
    }
}
