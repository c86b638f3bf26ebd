using PerfRules.Explanations;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Indicators;

/// <summary>
/// A weighted tree of indicators (指标体系), built from definitions and validated when built: every parent exists,
/// no code repeats, each parent's weight equals the sum of its children's, and the level-1 weights add up to the
/// maximum (100 by default).
/// </summary>
/// <remarks>
/// Weights are checked as printed, so a misprint is caught, not scored: the Suixi table prints 21 for
/// 2.1 支出管理 although its children add up to 23. Indicators are kept in code order (2.9 before 2.10) whatever order
/// they were given in. Immutable and thread-safe.
/// </remarks>
public sealed class IndicatorTree
{
    private readonly Dictionary<string, IndicatorDefinition> _byCode;
    private readonly Dictionary<string, IReadOnlyList<IndicatorDefinition>> _children;

    /// <summary>Builds and validates a tree.</summary>
    /// <param name="definitions">The definitions, in any order.</param>
    /// <param name="maximum">What the level-1 weights must add up to; 100 unless the system says otherwise.</param>
    /// <exception cref="IndicatorTreeException">The definitions do not make a valid tree; every problem is listed.</exception>
    public IndicatorTree(IEnumerable<IndicatorDefinition> definitions, decimal maximum = 100m)
    {
        ArgumentNullException.ThrowIfNull(definitions);

        // Plain loops rather than LINQ: a rule set builds its tree once, in a process that has often just started, where
        // every lambda and generic instantiation costs more to compile than it saves.
        var given = definitions.ToList();
        var problems = new List<string>();
        if (given.Count == 0)
        {
            problems.Add("There is no indicator.");
        }

        _byCode = new Dictionary<string, IndicatorDefinition>(given.Count, StringComparer.Ordinal);
        var repeated = false;
        foreach (var definition in given)
        {
            repeated |= !_byCode.TryAdd(definition.Code, definition);
        }

        if (repeated)
        {
            foreach (var group in given.GroupBy(d => d.Code).Where(g => g.Count() > 1))
            {
                problems.Add($"The code {group.Key} is given {group.Count()} times ({string.Join(", ", group.Select(d => d.Name.Chinese))}).");
            }
        }

        // A stable sort: 1.01 and 1.1 are distinct codes of the same rank, kept in the order given.
        IndicatorDefinition[] all = [.. _byCode.Values.OrderBy(d => d, CodeOrder.Instance)];
        All = EquatableList<IndicatorDefinition>.Own(all);

        var childLists = new Dictionary<string, List<IndicatorDefinition>>(StringComparer.Ordinal);
        var roots = new List<IndicatorDefinition>();
        foreach (var definition in all)
        {
            if (definition.ParentCode is not { } parentCode)
            {
                roots.Add(definition);
                continue;
            }

            if (!_byCode.ContainsKey(parentCode))
            {
                problems.Add($"{definition.Code} {definition.Name.Chinese}: its parent {parentCode} is not defined.");
            }

            if (!childLists.TryGetValue(parentCode, out var siblings))
            {
                childLists.Add(parentCode, siblings = []);
            }

            siblings.Add(definition);
        }

        _children = new Dictionary<string, IReadOnlyList<IndicatorDefinition>>(childLists.Count, StringComparer.Ordinal);
        foreach (var (parentCode, children) in childLists)
        {
            _children.Add(parentCode, EquatableList<IndicatorDefinition>.Own([.. children]));
            if (_byCode.TryGetValue(parentCode, out var parent) && WeightOf(children) is var sum && sum != parent.Weight)
            {
                problems.Add($"{parent.Code} {parent.Name.Chinese} weighs {ReportFormat.Number(parent.Weight)}, but its children "
                    + $"{string.Join(", ", children.Select(c => c.Code))} add up to {ReportFormat.Number(sum)}.");
            }
        }

        Roots = EquatableList<IndicatorDefinition>.Own([.. roots]);
        var rootSum = WeightOf(roots);
        if (given.Count > 0 && rootSum != maximum)
        {
            problems.Add($"The level-1 indicators {string.Join(", ", roots.Select(r => r.Code))} add up to {ReportFormat.Number(rootSum)}, "
                + $"not the maximum {ReportFormat.Number(maximum)}.");
        }

        if (problems.Count > 0)
        {
            throw new IndicatorTreeException(problems);
        }

        Maximum = maximum;
        var leaves = new List<IndicatorDefinition>(all.Length);
        foreach (var definition in all)
        {
            if (!_children.ContainsKey(definition.Code))
            {
                leaves.Add(definition);
            }
        }

        Leaves = EquatableList<IndicatorDefinition>.Own([.. leaves]);
    }

    /// <summary>What the level-1 weights add up to.</summary>
    public decimal Maximum { get; }

    /// <summary>Every indicator, in code order.</summary>
    public IReadOnlyList<IndicatorDefinition> All { get; }

    /// <summary>The level-1 indicators (一级指标), in code order.</summary>
    public IReadOnlyList<IndicatorDefinition> Roots { get; }

    /// <summary>The indicators without children, the ones rules score, in code order.</summary>
    public IReadOnlyList<IndicatorDefinition> Leaves { get; }

    /// <summary>The indicator with code <paramref name="code"/>.</summary>
    /// <param name="code">The code, e.g. <c>2.1.2</c>.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The tree has no such code.</exception>
    public IndicatorDefinition this[string code] =>
        TryGet(code, out var definition) ? definition : throw new KeyNotFoundException($"The indicator tree has no indicator {code}.");

    /// <summary>Whether the tree has an indicator with code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(string code) => _byCode.ContainsKey(code);

    /// <summary>Finds the indicator with code <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    /// <param name="definition">The definition, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndicatorDefinition? definition) =>
        _byCode.TryGetValue(code, out definition);

    /// <summary>The children of an indicator, in code order; empty for a leaf.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The children.</returns>
    /// <exception cref="KeyNotFoundException">The tree has no such code.</exception>
    public IReadOnlyList<IndicatorDefinition> Children(string code) =>
        _children.TryGetValue(this[code].Code, out var children) ? children : EquatableList<IndicatorDefinition>.Empty;

    /// <summary>The parent of an indicator, or <see langword="null"/> at level 1.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The parent.</returns>
    /// <exception cref="KeyNotFoundException">The tree has no such code.</exception>
    public IndicatorDefinition? Parent(string code) => this[code].ParentCode is { } parent ? _byCode[parent] : null;

    /// <summary>The indicators from level 1 down to <paramref name="code"/>.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The ancestors and the indicator itself.</returns>
    /// <exception cref="KeyNotFoundException">The tree has no such code.</exception>
    public IReadOnlyList<IndicatorDefinition> Ancestry(string code)
    {
        var chain = new List<IndicatorDefinition>();
        for (IndicatorDefinition? d = this[code]; d is not null; d = d.ParentCode is { } p ? _byCode[p] : null)
        {
            chain.Add(d);
        }

        chain.Reverse();
        return chain;
    }

    /// <summary>The names from level 1 down: "预算执行情况 / 支出管理 / 支出完成率".</summary>
    /// <param name="code">The indicator's code.</param>
    /// <param name="language">The language of the names.</param>
    /// <returns>The path.</returns>
    /// <exception cref="KeyNotFoundException">The tree has no such code.</exception>
    public string Path(string code, Language language = Language.Chinese) =>
        string.Join(" / ", Ancestry(code).Select(d => d.Name.Get(language)));

    private static decimal WeightOf(List<IndicatorDefinition> definitions)
    {
        var sum = 0m;
        foreach (var definition in definitions)
        {
            sum += definition.Weight;
        }

        return sum;
    }

    private sealed class CodeOrder : IComparer<IndicatorDefinition>
    {
        public static readonly CodeOrder Instance = new();

        public int Compare(IndicatorDefinition? x, IndicatorDefinition? y)
        {
            var a = IndicatorCode.Segments(x!.Code);
            var b = IndicatorCode.Segments(y!.Code);
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }
}
