using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.2.2 绩效目标完成效率 (performance-target achievement), 4 points in two parts of 2, department-wide targets and
/// project targets: each part scores 2 × achieved / planned; the sum is rounded once.
/// </summary>
/// <remarks>
/// Facts, for each part: one <see cref="TargetAchievement"/> of that scope (the counts), or, when the report states only
/// the rate, one <see cref="StatedRate"/> for 4.2.2 with part <see cref="DepartmentPart"/> or <see cref="ProjectPart"/>
/// (Suixi: both 100%). Both for one part is an error (which one counts?); no planned target is an error too: the rate
/// 0/0 means nothing was set, which the criteria do not score.
/// </remarks>
public sealed class TargetAchievementEfficiency : IndicatorRule
{
    /// <summary>The <see cref="StatedRate.Part"/> of the department-wide targets' stated rate.</summary>
    public const string DepartmentPart = "department";

    /// <summary>The <see cref="StatedRate.Part"/> of the project targets' stated rate.</summary>
    public const string ProjectPart = "project";

    // "分值各占2分 … 本指标得分=绩效目标完成率×分值".
    private const decimal PartPoints = 2m;

    private static readonly string PartPointsText = ReportFormat.Number(PartPoints);
    private static readonly Proportional PartScoring = new(PartPoints, ExcessPolicy.CapAtFull);
    private static readonly LocalizedText DepartmentTargets = new("部门整体绩效目标", "department-wide targets");
    private static readonly LocalizedText ProjectTargets = new("项目绩效目标", "project targets");
    private static readonly PartLabels DepartmentLabels = new(DepartmentTargets);
    private static readonly PartLabels ProjectLabels = new(ProjectTargets);

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.2.2",
        new LocalizedText("绩效目标完成效率", "Performance-target achievement"),
        4m,
        new LocalizedText(
            "本指标分部门整体绩效目标和项目绩效目标两部分，分值各占2分，其中项目绩效目标主要选取按要求需申报绩效目标部分项目。绩效目标完成率=绩效目标中已实现目标数/计划目标数×100% 本指标得分=绩效目标完成率×分值。",
            "Two parts of 2 points, department-wide targets and project targets (projects required to file targets). Achievement rate = targets achieved / targets planned; each part scores rate × 2."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<TargetAchievement> counts = null!;
        IReadOnlyList<StatedRate> stated = null!;
        When()
            .Collect(() => counts)
            .Collect(() => stated, s => s.IndicatorCode == "4.2.2");
        Then()
            .Yield(_ => Score(counts, stated));
    }

    private static LocalizedText ScopeName(TargetScope scope) => scope == TargetScope.Department ? DepartmentTargets : ProjectTargets;

    private static string PartOf(TargetScope scope) => scope == TargetScope.Department ? DepartmentPart : ProjectPart;

    // The facts are walked by index, without LINQ: the rule fires on every evaluation, and LINQ's iterators, lists and
    // lambdas (several capturing the scope) cost more than the checks and the arithmetic.
    private IndicatorResult Score(IReadOnlyList<TargetAchievement> counts, IReadOnlyList<StatedRate> stated)
    {
        var sortedCounts = StableOrder.Sorted(counts, StableOrder.TargetCounts);
        var sortedStated = StableOrder.Sorted(stated, StableOrder.StatedRates);
        var errors = Unscored.AddProblemsOf(Unscored.ProblemsOf(sortedCounts), sortedStated);
        for (var i = 0; i < sortedStated.Count; i++)
        {
            var s = sortedStated[i];
            if (s.Part is not (DepartmentPart or ProjectPart))
            {
                errors.Add(Unscored.Problem(nameof(StatedRate), nameof(StatedRate.Part),
                    $"4.2.2的比率部分“{s.Part}”无效，应为{DepartmentPart}或{ProjectPart}", $"Part '{s.Part}' is not {DepartmentPart} or {ProjectPart}"));
            }
        }

        List<FactProblem>? missing = null;
        CheckGiven(TargetScope.Department, sortedCounts, sortedStated, errors, ref missing);
        CheckGiven(TargetScope.Project, sortedCounts, sortedStated, errors, ref missing);
        for (var i = 0; i < sortedCounts.Count; i++)
        {
            var c = sortedCounts[i];
            if (c.Planned == 0)
            {
                errors.Add(Unscored.Problem(nameof(TargetAchievement), nameof(TargetAchievement.Planned),
                    $"{ScopeName(c.Scope).Chinese}计划目标数为0，无法计算绩效目标完成率", $"No {ScopeName(c.Scope).English} were planned, so there is no achievement rate"));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (missing is not null)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, missing);
        }

        // The checks above leave exactly one count or stated rate for each scope.
        ScoredPart[] parts =
        [
            Part(TargetScope.Department, CountFor(sortedCounts, TargetScope.Department), StatedFor(sortedStated, TargetScope.Department)),
            Part(TargetScope.Project, CountFor(sortedCounts, TargetScope.Project), StatedFor(sortedStated, TargetScope.Project)),
        ];
        var raw = 0m;
        foreach (var part in parts)
        {
            raw += part.Points;
        }

        var deductions = Reconciled(parts, Weight - ScoreRounding.Round(raw));
        return Scored(raw, Notes.Numbered(parts[0].Statement, parts[1].Statement), deductions: deductions);
    }

    // Each scope's achievement is given once, as a count or as a stated rate: none is missing data, several an error.
    private static void CheckGiven(
        TargetScope scope, IReadOnlyList<TargetAchievement> counts, IReadOnlyList<StatedRate> stated, List<FactProblem> errors, ref List<FactProblem>? missing)
    {
        var given = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            given += counts[i].Scope == scope ? 1 : 0;
        }

        var part = PartOf(scope);
        for (var i = 0; i < stated.Count; i++)
        {
            given += stated[i].Part == part ? 1 : 0;
        }

        var name = ScopeName(scope);
        if (given == 0)
        {
            (missing ??= []).Add(Unscored.Absent(nameof(TargetAchievement),
                $"缺少{name.Chinese}的完成情况（TargetAchievement或StatedRate）", $"No achievement of the {name.English} (TargetAchievement or StatedRate)"));
        }
        else if (given > 1)
        {
            errors.Add(Unscored.Problem(nameof(TargetAchievement), nameof(TargetAchievement.Scope),
                $"{name.Chinese}的完成情况应只有一项，实际有{given}项", $"Expected one achievement of the {name.English}, got {given}"));
        }
    }

    private static TargetAchievement? CountFor(IReadOnlyList<TargetAchievement> counts, TargetScope scope)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (counts[i].Scope == scope)
            {
                return counts[i];
            }
        }

        return null;
    }

    private static StatedRate? StatedFor(IReadOnlyList<StatedRate> stated, TargetScope scope)
    {
        var part = PartOf(scope);
        for (var i = 0; i < stated.Count; i++)
        {
            if (stated[i].Part == part)
            {
                return stated[i];
            }
        }

        return null;
    }

    private ScoredPart Part(TargetScope scope, TargetAchievement? counted, StatedRate? stated)
    {
        var name = ScopeName(scope);
        if (counted is not null)
        {
            var points = PartScoring.Apply(counted.Achieved, counted.Planned).UnroundedScore;
            var labels = ScopeLabels(scope);
            ScoringInput[] inputs =
            [
                ScoringInput.Of(labels.Achieved, counted.Achieved, ValueUnit.Items, nameof(TargetAchievement), nameof(TargetAchievement.Achieved)),
                ScoringInput.Of(labels.Planned, counted.Planned, ValueUnit.Items, nameof(TargetAchievement), nameof(TargetAchievement.Planned)),
            ];
            var (achieved, planned) = (counted.Achieved, counted.Planned);
            var (percent, scored) = (ReportFormat.Percent((decimal)achieved / planned), ReportFormat.Points(points));
            var statement = LocalizedText.WithEnglishOnRead(
                $"{name.Chinese}：完成率={achieved}/{planned}={percent}，得分={percent}×{PartPointsText}={scored}分",
                (name, achieved, planned, percent, scored),
                static s => $"{s.name.English}: rate = {s.achieved}/{s.planned} = {s.percent}, {s.percent} × {PartPointsText} = {s.scored}");
            return new ScoredPart(statement, points, inputs);
        }

        var rate = stated!.Rate;
        var statedPoints = PartPoints * rate;
        var (ratePercent, statedScore) = (ReportFormat.Percent(rate), ReportFormat.Points(statedPoints));
        var said = LocalizedText.WithEnglishOnRead(
            $"{name.Chinese}：报告表述完成率{ratePercent}（{JudgedScoring.Trim(stated.Statement)}；目标数未披露），得分={ratePercent}×{PartPointsText}={statedScore}分",
            (name, ratePercent, stated.Statement, statedScore),
            static s => $"{s.name.English}: stated rate {s.ratePercent} ({s.Statement}; counts not disclosed), {s.ratePercent} × {PartPointsText} = {s.statedScore}");
        return new ScoredPart(said, statedPoints,
            [ScoringInput.Of(ScopeLabels(scope).StatedRate, rate, ValueUnit.Percent, nameof(StatedRate), nameof(StatedRate.Rate))]);
    }

    // The score is rounded once, so the parts' losses, each rounded, may miss the points lost by a cent: the difference
    // goes to the losses rounding changed, the last first, so that a part that lost an exact amount (1 of 2 targets: 1
    // point) keeps it, and the deductions add up to exactly the effective weight less the score.
    private List<Deduction> Reconciled(ScoredPart[] parts, decimal totalLost)
    {
        var losing = new List<ScoredPart>(parts.Length);
        foreach (var part in parts)
        {
            if (part.Points < PartPoints)
            {
                losing.Add(part);
            }
        }

        var amounts = new decimal[losing.Count];
        var roundedLost = 0m;
        for (var i = 0; i < amounts.Length; i++)
        {
            amounts[i] = ScoreRounding.Round(PartPoints - losing[i].Points);
            roundedLost += amounts[i];
        }

        var residue = totalLost - roundedLost;
        for (var pass = 0; pass < 2; pass++)
        {
            var inexactOnly = pass == 0;
            for (var i = losing.Count - 1; i >= 0 && residue != 0m; i--)
            {
                if (inexactOnly && PartPoints - losing[i].Points == amounts[i])
                {
                    continue;
                }

                var taken = Math.Max(residue, -amounts[i]);
                amounts[i] += taken;
                residue -= taken;
            }
        }

        var deductions = new List<Deduction>(amounts.Length);
        for (var i = 0; i < amounts.Length; i++)
        {
            if (amounts[i] > 0m)
            {
                deductions.Add(Deduction.Computed(amounts[i], Name, Notes.Join(losing[i].Statement, ReportFormat.Deducted(amounts[i])), losing[i].Inputs));
            }
        }

        return deductions;
    }

    private static PartLabels ScopeLabels(TargetScope scope) => scope == TargetScope.Department ? DepartmentLabels : ProjectLabels;

    // The labels of a part's inputs, the same in every evaluation, so built once.
    private sealed class PartLabels(LocalizedText name)
    {
        public LocalizedText Achieved { get; } = new($"{name.Chinese}已实现目标数", $"{name.English} achieved");

        public LocalizedText Planned { get; } = new($"{name.Chinese}计划目标数", $"{name.English} planned");

        public LocalizedText StatedRate { get; } = new($"{name.Chinese}完成率（报告表述）", $"{name.English} rate (stated)");
    }

    // One part: how the note states it, its exact points, and the inputs a deduction cites.
    // A struct: two are made on every evaluation and dropped when the rule has fired.
    private readonly record struct ScoredPart(LocalizedText Statement, decimal Points, ScoringInput[] Inputs);
}
