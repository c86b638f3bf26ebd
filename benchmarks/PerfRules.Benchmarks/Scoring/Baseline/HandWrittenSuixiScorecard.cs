using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>
/// The Suixi 2022 scorecard computed by hand: plain C# that reads the facts and writes each indicator's score, note and
/// deductions the way the built-in rule set does (same numbers, same rounding, same Chinese sentences), with no engine,
/// no rule set and no library scoring code. It is the floor the engine's evaluation is measured against (the issue's
/// "at most 3 times the baseline"); <see cref="BaselineCheck"/> proves, before every benchmark run, that it produces
/// exactly the engine's scorecard for the golden case, so the ratio compares equal work.
/// </summary>
/// <remarks>
/// <para>It does what a programmer would write for one county's table: the table's weights, checklist items and bands
/// are in the code. It covers the shapes of facts a department like the golden case has (no transfer payments to
/// issue, one fact of each single kind, valid figures) and throws <see cref="NotSupportedException"/> beyond them,
/// where the engine would report an error or missing data; it builds no English text, no inputs or evidence lists, no
/// self-assessment, no ranking of deductions and no reconciliation, all of which the engine's scorecard carries.</para>
/// <para>The indicator methods are split by the table's first level, one file each, as the rule set's folders are.</para>
/// </remarks>
public static partial class HandWrittenSuixiScorecard
{
    private static readonly HandWrittenDeduction[] None = [];

    /// <summary>Scores one department.</summary>
    /// <param name="facts">The department's facts, as the engine takes them.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="NotSupportedException">The facts take a path of the table the baseline does not write.</exception>
    public static HandWrittenScorecard Score(IEnumerable<object> facts)
    {
        var f = new SuixiFacts(facts);

        var l111 = BudgetPreparationReasonableness(f);
        var l112 = BudgetPreparationConformity(f);
        var l113 = BudgetPreparationAccuracy(f);
        var l121 = TargetCompleteness(f);
        var l122 = TargetSoundness(f);
        var g11 = Group("1.1", l111, l112, l113);
        var g12 = Group("1.2", l121, l122);
        var g1 = Group("1", g11, g12);

        var l211 = SafeguardSoundness(f);
        var l212 = ExpenditureCompletionRate(f);
        var l213 = CarryOverRate(f);
        var l214 = IdleTreasuryFundsEfficiency(f);
        var l215 = FundIssuingLegality(f);
        var l216 = ProcurementExecutionRate(f);
        var l217 = FinancialCompliance(f);
        var l221 = ProjectImplementationProcedure(f);
        var l222 = ProjectSupervision(f);
        var l231 = AssetManagementCompliance(f);
        var l232 = FixedAssetUtilizationRate(f);
        var g21 = Group("2.1", l211, l212, l213, l214, l215, l216, l217);
        var g22 = Group("2.2", l221, l222);
        var g23 = Group("2.3", l231, l232);
        var g2 = Group("2", g21, g22, g23);

        var l311 = BudgetAndFinalAccountsDisclosure(f);
        var l312 = PerformanceTargetDisclosure(f);
        var l313 = SelfEvaluationDisclosure(f);
        var l321 = SelfEvaluationOrganization(f);
        var l322 = SelfEvaluationTimeliness(f);
        var l323 = SelfEvaluationQuality(f);
        var g31 = Group("3.1", l311, l312, l313);
        var g32 = Group("3.2", l321, l322, l323);
        var g3 = Group("3", g31, g32);

        var l411 = OperatingExpenseControl(f);
        var l421 = KeyWorkEfficiency(f);
        var l422 = TargetAchievementEfficiency(f);
        var l423 = ProjectCompletionTimeliness(f);
        var l431 = SocialEconomicBenefit(f);
        var l441 = PetitionResponse(f);
        var l442 = PublicSatisfaction(f);
        var g41 = Group("4.1", l411);
        var g42 = Group("4.2", l421, l422, l423);
        var g43 = Group("4.3", l431);
        var g44 = Group("4.4", l441, l442);
        var g4 = Group("4", g41, g42, g43, g44);

        HandWrittenIndicator[] rows =
        [
            g1, g11, l111, l112, l113, g12, l121, l122,
            g2, g21, l211, l212, l213, l214, l215, l216, l217, g22, l221, l222, g23, l231, l232,
            g3, g31, l311, l312, l313, g32, l321, l322, l323,
            g4, g41, l411, g42, l421, l422, l423, g43, l431, g44, l441, l442,
        ];

        // 总分 = the four level-one scores; 加减分项: +1 per commendation up to +3, -2 per accountability finding up to -6,
        // kept within 0 to 100. The applicable points are the full 100, so nothing is converted.
        var raw = g1.Score + g2.Score + g3.Score + g4.Score;
        var bonus = Math.Min(f.Commendations.Count * 1m, 3m);
        var penalty = Math.Min(f.Accountability.Count * 2m, 6m);
        var total = Text.Round(Math.Clamp(raw + bonus - penalty, 0m, 100m));
        var grade = total >= 90m ? "优" : total >= 80m ? "良" : total >= 60m ? "中" : "差";
        return new HandWrittenScorecard(rows, total, grade);
    }

    /// <summary>A group's row: the sum of its children's (rounded) scores and effective weights.</summary>
    private static HandWrittenIndicator Group(string code, params HandWrittenIndicator[] children)
    {
        var score = 0m;
        var weight = 0m;
        foreach (var child in children)
        {
            score += child.Score;
            weight += child.EffectiveWeight;
        }

        return new HandWrittenIndicator(code, weight, Text.Round(score), $"下级指标得分合计{Text.Points(score)}分", None);
    }

    private static HandWrittenIndicator Row(string code, decimal weight, decimal score, string note, IReadOnlyList<HandWrittenDeduction> deductions) =>
        new(code, weight, Text.Round(score), note, deductions);

    /// <summary>
    /// An indicator the evaluator judges against a checklist: the points of the items met, less the findings, floored
    /// at 0 (JudgedScoring in the rule set, specification C6).
    /// </summary>
    private static (decimal Score, string Note, List<HandWrittenDeduction> Deductions) Checklist(
        (string Key, string Label, decimal Points)[] items, List<ChecklistAnswer> answers, List<EvaluatorFinding> findings)
    {
        if (answers.Count != items.Length)
        {
            throw new NotSupportedException("The hand-written baseline takes exactly one answer per checklist item.");
        }

        var parts = new List<string>();
        var deductions = new List<HandWrittenDeduction>();
        var score = 0m;
        var numbered = true;
        foreach (var (key, label, points) in items)
        {
            var answer = answers.Find(a => a.Item == key)
                ?? throw new NotSupportedException($"The hand-written baseline needs an answer for checklist item {key}.");
            numbered &= key.All(char.IsAsciiDigit);
            if (answer.Met)
            {
                score += points;
                continue;
            }

            var item = key.All(char.IsAsciiDigit) ? $"评分要点{key}（{label}）" : label;
            var reason = $"{item}不符合要求{(answer.Note is null ? "" : "：" + Text.TrimSentence(answer.Note))}，{Text.Deducted(points)}";
            parts.Add(reason);
            deductions.Add(new HandWrittenDeduction(points, reason, answer.Note is null ? [] : [answer.Note]));
        }

        var full = 0m;
        foreach (var item in items)
        {
            full += item.Points;
        }

        var allMet = numbered
            ? $"评分要点{string.Join("、", items.Select(i => i.Key))}均符合要求，未发现扣分事项，{Text.Awarded(full)}"
            : $"{string.Join("；", items.Select(i => i.Label))}，符合要求，未发现扣分事项，{Text.Awarded(full)}";
        return LessFindings(score, findings, parts, deductions, allMet);
    }

    /// <summary>Full points less the evaluator's findings, floored at 0.</summary>
    private static (decimal Score, string Note, List<HandWrittenDeduction> Deductions) Findings(decimal points, List<EvaluatorFinding> findings) =>
        LessFindings(points, findings, [], [], $"未发现扣分事项，{Text.Awarded(points)}");

    private static (decimal Score, string Note, List<HandWrittenDeduction> Deductions) LessFindings(
        decimal available, List<EvaluatorFinding> findings, List<string> parts, List<HandWrittenDeduction> deductions, string nothingLost)
    {
        // A stable order, so that the note never depends on the order the facts came in: by reason, points, evidence.
        var sorted = findings
            .OrderBy(f => f.Reason.Chinese, StringComparer.Ordinal)
            .ThenBy(f => f.Points)
            .ThenBy(f => string.Join("\u001f", f.Evidence), StringComparer.Ordinal)
            .ToList();
        var raw = 0m;
        foreach (var finding in sorted)
        {
            raw += finding.Points;
        }

        var deducted = Math.Min(raw, available);
        var left = deducted;
        foreach (var finding in sorted)
        {
            // 直至扣完为止: the floor at 0 cuts the findings in their stable order.
            var taken = Math.Min(finding.Points, left);
            left -= taken;
            var reason = Text.TrimSentence(finding.Reason.Chinese);
            var said = taken == finding.Points ? $"{reason}，{Text.Deducted(taken)}"
                : taken > 0m ? $"{reason}，{Text.Deducted(taken)}（应扣{Text.Points(finding.Points)}分，以剩余分值为限）"
                : $"{reason}（本指标分值已扣完，不再扣分）";
            parts.Add(said);
            if (taken > 0m)
            {
                deductions.Add(new HandWrittenDeduction(taken, said, finding.Evidence));
            }
        }

        var note = parts.Count switch
        {
            0 => nothingLost,
            1 => parts[0],
            _ => Text.Numbered(parts),
        };
        return (available - deducted, note, deductions);
    }

    /// <summary>Which band of a scale a value falls in: its points and the band as the note writes it ("[90%, 100%)").</summary>
    private static (decimal Points, string Band) Classify(decimal value, params (decimal? Start, bool IncludesStart, decimal? End, bool IncludesEnd, decimal Points)[] bands)
    {
        foreach (var (start, includesStart, end, includesEnd, points) in bands)
        {
            var aboveStart = start is not { } s || value > s || (includesStart && value == s);
            var belowEnd = end is not { } e || value < e || (includesEnd && value == e);
            if (aboveStart && belowEnd)
            {
                var from = start is { } a ? (includesStart ? "[" : "(") + Text.PercentBound(a) : "(-∞";
                var to = end is { } b ? Text.PercentBound(b) + (includesEnd ? "]" : ")") : "+∞)";
                return (points, from + ", " + to);
            }
        }

        throw new NotSupportedException($"The value {value} is in none of the bands.");
    }
}
