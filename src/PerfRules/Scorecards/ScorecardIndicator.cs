using System.Diagnostics.CodeAnalysis;
using PerfRules.Facts;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>One row of the scoring table (评分表): an indicator with its weight, score and the reasons for every point lost.</summary>
public sealed record ScorecardIndicator
{
    // A row the assembler makes reads through to its indicator's layout and its result instead of copying their sixteen
    // values: a scorecard has a row for every indicator and is made again after every evaluation and what-if, and the copy
    // was the largest object the assembly made. A row built by an object initializer, or changed by `with`, holds its own
    // values (_own), filled while it is initialized and never changed after.
    private readonly IndicatorLayout? _layout;
    private readonly IndicatorResult? _result;
    private readonly decimal? _selfScore;
    private OwnValues? _own;

    /// <summary>Creates an empty row, for an object initializer that sets every required property.</summary>
    public ScorecardIndicator()
    {
    }

    /// <summary>The row of an indicator, read through to its layout and its result.</summary>
    // The compiler cannot see that the required properties read through to the layout and result set here.
#pragma warning disable CS8618
    [SetsRequiredMembers]
    internal ScorecardIndicator(IndicatorLayout layout, IndicatorResult result, decimal? selfScore)
    {
        _layout = layout;
        _result = result;
        _selfScore = selfScore;
    }
#pragma warning restore CS8618

    // `with` copies a row; the copy must not share the values its initializer then changes.
    private ScorecardIndicator(ScorecardIndicator original)
    {
        _layout = original._layout;
        _result = original._result;
        _selfScore = original._selfScore;
        _own = original._own?.Clone();
    }

    /// <summary>The code, such as 2.1.2.</summary>
    public required string Code
    {
        get => _own is { } own ? own.Code : _layout!.Definition.Code;
        init => Own.Code = value;
    }

    /// <summary>The name.</summary>
    public required LocalizedText Name
    {
        get => _own is { } own ? own.Name : _layout!.Definition.Name;
        init => Own.Name = value;
    }

    /// <summary>The names from the top of the tree down to this indicator, such as 预算执行情况 / 支出管理 / 支出完成率.</summary>
    public required LocalizedText Path
    {
        get => _own is { } own ? own.Path : _layout!.Path;
        init => Own.Path = value;
    }

    /// <summary>The level: 1 for 一级指标, 2 for 二级, 3 for 三级.</summary>
    public required int Level
    {
        get => _own is { } own ? own.Level : _layout!.Definition.Level;
        init => Own.Level = value;
    }

    /// <summary>Whether the indicator is scored by a rule (a leaf) rather than summed from children.</summary>
    public required bool IsLeaf
    {
        get => _own is { } own ? own.IsLeaf : _layout!.IsLeaf;
        init => Own.IsLeaf = value;
    }

    /// <summary>The weight in the table (权重).</summary>
    public required decimal Weight
    {
        get => _own is { } own ? own.Weight : _layout!.Definition.Weight;
        init => Own.Weight = value;
    }

    /// <summary>The weight after reallocation: what the score is out of.</summary>
    public required decimal EffectiveWeight
    {
        get => _own is { } own ? own.EffectiveWeight : _result!.EffectiveWeight;
        init => Own.EffectiveWeight = value;
    }

    /// <summary>The verified score (核查得分), or <see langword="null"/> when it was not scored.</summary>
    public decimal? Score
    {
        get => _own is { } own ? own.Score : _result!.Score;
        init => Own.Score = value;
    }

    /// <summary>Scored, not applicable, missing data or error.</summary>
    public required IndicatorOutcome Outcome
    {
        get => _own is { } own ? own.Outcome : _result!.Outcome;
        init => Own.Outcome = value;
    }

    /// <summary>The criteria text (评分标准), for leaves.</summary>
    public LocalizedText? Criteria
    {
        get => _own is { } own ? own.Criteria : _layout!.Definition.Criteria;
        init => Own.Criteria = value;
    }

    /// <summary>The scoring note (评分说明), as the report would write it.</summary>
    public required LocalizedText Note
    {
        get => _own is { } own ? own.Note : _result!.Note;
        init => Own.Note = value;
    }

    /// <summary>The metric with its formula and the numbers put into it, where the indicator computes one.</summary>
    public MetricValue? Metric
    {
        get => _own is { } own ? own.Metric : _result!.Metric;
        init => Own.Metric = value;
    }

    /// <summary>The band or step hit, in words, with its bounds.</summary>
    public LocalizedText? Hit
    {
        get => _own is { } own ? own.Hit : _result!.Hit;
        init => Own.Hit = value;
    }

    /// <summary>Every deduction: points, rule, inputs, evidence, computed or judged.</summary>
    public IReadOnlyList<Deduction> Deductions
    {
        get => _own is { } own ? own.Deductions : _result!.Deductions;
        init => Own.Deductions = EquatableList<Deduction>.From(value);
    }

    /// <summary>What is wrong with the input, when the outcome is missing data or error.</summary>
    public IReadOnlyList<FactProblem> Problems
    {
        get => _own is { } own ? own.Problems : _result!.Problems;
        init => Own.Problems = EquatableList<FactProblem>.From(value);
    }

    /// <summary>The department's self-assessed score (自评得分), when given.</summary>
    public decimal? SelfScore
    {
        get => _own is { } own ? own.SelfScore : _selfScore;
        init => Own.SelfScore = value;
    }

    /// <inheritdoc/>
    public bool Equals(ScorecardIndicator? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null)
        {
            return false;
        }

        // Two rows read through to the same layout and result are equal without reading them.
        if (_own is null && other._own is null && ReferenceEquals(_layout, other._layout) && ReferenceEquals(_result, other._result))
        {
            return _selfScore == other._selfScore;
        }

        return Code == other.Code
            && Name.Equals(other.Name)
            && Path.Equals(other.Path)
            && Level == other.Level
            && IsLeaf == other.IsLeaf
            && Weight == other.Weight
            && EffectiveWeight == other.EffectiveWeight
            && Score == other.Score
            && Outcome == other.Outcome
            && Equals(Criteria, other.Criteria)
            && Note.Equals(other.Note)
            && Equals(Metric, other.Metric)
            && Equals(Hit, other.Hit)
            && Deductions.Equals(other.Deductions)
            && Problems.Equals(other.Problems)
            && SelfScore == other.SelfScore;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        hash.Add(Name);
        hash.Add(Path);
        hash.Add(Level);
        hash.Add(IsLeaf);
        hash.Add(Weight);
        hash.Add(EffectiveWeight);
        hash.Add(Score);
        hash.Add(Outcome);
        hash.Add(Criteria);
        hash.Add(Note);
        hash.Add(Metric);
        hash.Add(Hit);
        hash.Add(Deductions);
        hash.Add(Problems);
        hash.Add(SelfScore);
        return hash.ToHashCode();
    }

    // The values an initializer sets start from those the row reads through to, so `with` changes only what it names.
    private OwnValues Own => _own ??= _result is null ? new OwnValues() : OwnValues.Of(this);

    private sealed class OwnValues
    {
        public string Code = "";
        public LocalizedText Name = null!;
        public LocalizedText Path = null!;
        public int Level;
        public bool IsLeaf;
        public decimal Weight;
        public decimal EffectiveWeight;
        public decimal? Score;
        public IndicatorOutcome Outcome;
        public LocalizedText? Criteria;
        public LocalizedText Note = null!;
        public MetricValue? Metric;
        public LocalizedText? Hit;
        public IReadOnlyList<Deduction> Deductions = EquatableList<Deduction>.Empty;
        public IReadOnlyList<FactProblem> Problems = EquatableList<FactProblem>.Empty;
        public decimal? SelfScore;

        public static OwnValues Of(ScorecardIndicator row) => new()
        {
            Code = row.Code,
            Name = row.Name,
            Path = row.Path,
            Level = row.Level,
            IsLeaf = row.IsLeaf,
            Weight = row.Weight,
            EffectiveWeight = row.EffectiveWeight,
            Score = row.Score,
            Outcome = row.Outcome,
            Criteria = row.Criteria,
            Note = row.Note,
            Metric = row.Metric,
            Hit = row.Hit,
            Deductions = row.Deductions,
            Problems = row.Problems,
            SelfScore = row.SelfScore,
        };

        public OwnValues Clone() => (OwnValues)MemberwiseClone();
    }
}
