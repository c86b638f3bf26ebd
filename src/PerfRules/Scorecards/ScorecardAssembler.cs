using System.Buffers;
using System.Globalization;
using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Evaluation.Rules;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Internal;
using PerfRules.Results;

namespace PerfRules.Scorecards;

/// <summary>
/// Reads a fired session's results into a <see cref="Scorecard"/>. It scores nothing: every number comes from a fact a
/// rule yielded. It only orders rows by the tree, ranks deductions and checks that the figures reconcile.
/// </summary>
internal static class ScorecardAssembler
{
    private static readonly LocalizedText RoundingNote = new(
        "每个末级指标得分四舍五入保留两位小数；上级指标得分与总分为下级得分直接相加，不再取舍；换算得分四舍五入保留两位小数。",
        "Each leaf score is rounded half away from zero to 2 decimal places; group scores and the total are exact sums of those; a converted total is rounded the same way.");

    /// <summary>Assembles the scorecard of a fired session.</summary>
    /// <param name="ruleSet">The rule set the session runs.</param>
    /// <param name="session">The fired session.</param>
    /// <param name="previous">
    /// The rows this session's last scorecard was assembled from, for a live session or a batch's run: rows whose result
    /// and self score are the same objects as then are reused rather than rebuilt, and so are the ranked deductions made
    /// of them. Updated to this scorecard's rows.
    /// </param>
    /// <returns>The scorecard.</returns>
    public static Scorecard Assemble(RuleSet ruleSet, ISession session, AssembledRows? previous = null)
    {
        var tree = ruleSet.Indicators;
        var results = ByPosition(ruleSet, session.Query<IndicatorResult>(), previous);
        var selfScores = session.Query<SelfAssessedScore>();
        var (selfByPosition, selfScoreConflicts) = SelfScoresByPosition(ruleSet, selfScores, previous);
        var total = session.Query<TotalScore>().Single();
        var context = session.Query<EvaluationContext>();

        // Every indicator, then the leaves among them: plain loops, as this runs after every evaluation and what-if.
        var rows = new ScorecardIndicator[tree.All.Count];
        var leafCount = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var self = selfByPosition?[i]?.Score;
            rows[i] = previous?.Reusable(i, results[i], self) ?? Row(ruleSet.Layout[tree.All[i].Code], results[i], self);
            leafCount += rows[i].IsLeaf ? 1 : 0;
        }

        // The leaves are read only while assembling: a rented array, returned cleared.
        var leaves = ArrayPool<ScorecardIndicator>.Shared.Rent(leafCount);
        var leafSum = 0m;
        var levelOneSum = 0m;
        for (int i = 0, next = 0; i < rows.Length; i++)
        {
            if (rows[i].IsLeaf)
            {
                leaves[next++] = rows[i];
                leafSum += rows[i].Score ?? 0m;
            }

            if (rows[i].Level == 1)
            {
                levelOneSum += rows[i].Score ?? 0m;
            }
        }

        SelfAssessment? selfAssessment = null;
        SelfScoreDifference?[]? differences = null;
        if (selfScores.Count > 0)
        {
            (selfAssessment, differences) = SelfAssessmentOf(rows, previous);
        }

        var leafRows = leaves.AsSpan(0, leafCount);
        var ranking = Rank(leafRows, previous?.Ranking ?? EquatableList<RankedDeduction>.Empty);
        previous?.Remember(results, selfByPosition, rows, differences, ranking);
        var problems = Problems(ruleSet, session, leafRows, total, context, selfScores, selfScoreConflicts);
        ArrayPool<ScorecardIndicator>.Shared.Return(leaves, clearArray: true);
        var expectedTotal = total.Adjustments?.TotalAfter ?? total.Conversion?.Score ?? total.RawTotal;
        var single = context.Count == 1 ? context[0] : null;
        return new Scorecard
        {
            RuleSetId = ruleSet.Id,
            RuleSetVersion = ruleSet.Version,
            RuleSetHash = ruleSet.ContentHash,
            Department = single?.Department,
            FiscalYear = single?.FiscalYear,
            EvaluationDate = single?.EvaluationDate,
            MaximumScore = ruleSet.MaximumScore,
            ApplicablePoints = total.ApplicablePoints,
            RawTotal = total.RawTotal,
            ConvertedTotal = total.Conversion?.Score,
            Adjustments = total.Adjustments,
            Total = total.Total,
            Grade = total.Grade,
            Indicators = EquatableList<ScorecardIndicator>.Own(rows),
            TopDeductions = ranking,
            SelfAssessment = selfAssessment,
            Reconciliation = new Reconciliation
            {
                LeafSum = leafSum,
                LevelOneSum = levelOneSum,
                Conversion = total.Conversion,
                Adjustments = total.Adjustments,
                Total = total.Total,
                IsBalanced = total.Total is not null && leafSum == levelOneSum && levelOneSum == total.RawTotal
                    && expectedTotal is { } expected && Scoring.ScoreRounding.Round(expected) == total.Total,
                Rounding = RoundingNote,
            },
            Problems = problems,
        };
    }

    private static ScorecardIndicator Row(IndicatorLayout layout, IndicatorResult? result, decimal? selfScore)
    {
        result ??= IndicatorResult.Error(layout.Definition.Code, layout.Definition.Weight, new LocalizedText("没有规则为该指标计分", "No rule scored this indicator"),
            new FactProblem("IndicatorResult", "*", new LocalizedText("没有规则为该指标计分", "No rule scored this indicator")));
        return new ScorecardIndicator(layout, result, selfScore);
    }

    /// <summary>Each indicator's result at its position in the tree; results for codes the tree lacks have no row.</summary>
    private static IndicatorResult?[] ByPosition(RuleSet ruleSet, IReadOnlyList<IndicatorResult> results, AssembledRows? previous)
    {
        var length = ruleSet.Indicators.All.Count;
        var byPosition = previous?.ResultsBuffer(length) ?? new IndicatorResult?[length];
        for (var i = 0; i < results.Count; i++)
        {
            if (ruleSet.Layout.TryGetValue(results[i].Code, out var layout))
            {
                // Two results for one indicator are a bug in a rule set, and must not pass silently.
                if (byPosition[layout.Position] is not null)
                {
                    throw new InvalidOperationException($"Two rules scored indicator {results[i].Code}; each indicator must have exactly one result.");
                }

                byPosition[layout.Position] = results[i];
            }
        }

        return byPosition;
    }

    /// <summary>
    /// The self score of each row, by tree position. Scores given more than once for an indicator stand when they agree
    /// (the one shown with more decimals); when they differ none is used and a problem lists them: taking the first or
    /// the last would let the order of the facts change the scorecard.
    /// </summary>
    private static (SelfAssessedScore?[]? ByPosition, List<FactProblem>? Conflicts) SelfScoresByPosition(
        RuleSet ruleSet, IReadOnlyList<SelfAssessedScore> selfScores, AssembledRows? previous)
    {
        if (selfScores.Count == 0)
        {
            return (null, null);
        }

        var length = ruleSet.Indicators.All.Count;
        var byPosition = previous?.SelfScoresBuffer(length) ?? new SelfAssessedScore?[length];
        List<string>? conflicting = null;
        for (var i = 0; i < selfScores.Count; i++)
        {
            var self = selfScores[i];
            if (self.IndicatorCode is not { } code || !ruleSet.Layout.TryGetValue(code, out var layout))
            {
                continue;
            }

            if (byPosition[layout.Position] is not { } other)
            {
                byPosition[layout.Position] = self;
            }
            else if (other.Score != self.Score)
            {
                (conflicting ??= []).Add(code);
            }
            else if (self.Score.Scale > other.Score.Scale)
            {
                byPosition[layout.Position] = self;
            }
        }

        if (conflicting is null)
        {
            return (byPosition, null);
        }

        var conflicts = new List<FactProblem>();
        foreach (var code in conflicting.Distinct())
        {
            byPosition[ruleSet.Layout[code].Position] = null;
            var scores = selfScores.Where(s => s.IndicatorCode == code).Select(s => s.Score).Order().ToList();
            var listed = string.Join(", ", scores.Select(s => s.ToString(CultureInfo.InvariantCulture)));
            conflicts.Add(new FactProblem(
                nameof(SelfAssessedScore),
                nameof(SelfAssessedScore.Score),
                new LocalizedText($"自评得分给出{scores.Count}个且不一致（{listed}），均未采用", $"Self score given {scores.Count} times with different values ({listed}); none is used"),
                code));
        }

        return (byPosition, conflicts);
    }

    /// <summary>
    /// Every problem once, in table order, then by code, fact, field and message. A complete evaluation has none, so
    /// only then are they de-duplicated and sorted.
    /// </summary>
    private static List<FactProblem> Problems(
        RuleSet ruleSet,
        ISession session,
        ReadOnlySpan<ScorecardIndicator> leaves,
        TotalScore total,
        IReadOnlyList<EvaluationContext> context,
        IReadOnlyList<SelfAssessedScore> selfScores,
        List<FactProblem>? selfScoreConflicts)
    {
        var found = new List<FactProblem>();
        foreach (var leaf in leaves)
        {
            AddAll(found, leaf.Problems);
        }

        var inputProblems = session.Query<InputProblem>();
        for (var i = 0; i < inputProblems.Count; i++)
        {
            found.Add(inputProblems[i].Problem);
        }

        AddAll(found, total.Problems);
        for (var i = 0; i < context.Count; i++)
        {
            AddAll(found, context[i].Validate());
        }

        if (context.Count > 1)
        {
            found.Add(new FactProblem(nameof(EvaluationContext), "*", new LocalizedText(
                $"应有一个{nameof(EvaluationContext)}事实，实际有{context.Count}个", $"Expected one {nameof(EvaluationContext)} fact, got {context.Count}")));
        }

        for (var i = 0; i < selfScores.Count; i++)
        {
            var problems = selfScores[i].Validate();
            for (var j = 0; j < problems.Count; j++)
            {
                found.Add(problems[j].ForIndicator(selfScores[i].IndicatorCode));
            }
        }

        if (selfScoreConflicts is not null)
        {
            found.AddRange(selfScoreConflicts);
        }

        if (found.Count == 0)
        {
            return found;
        }

        return found
            .Distinct()
            .OrderBy(p => p.IndicatorCode is { } code && ruleSet.Layout.TryGetValue(code, out var layout) ? layout.Position : int.MaxValue)
            .ThenBy(p => p.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(p => p.FactType, StringComparer.Ordinal)
            .ThenBy(p => p.Field, StringComparer.Ordinal)
            .ThenBy(p => p.Message.Chinese, StringComparer.Ordinal)
            .ToList();
    }

    private static void AddAll(List<FactProblem> found, IReadOnlyList<FactProblem> problems)
    {
        for (var i = 0; i < problems.Count; i++)
        {
            found.Add(problems[i]);
        }
    }

    /// <summary>
    /// Largest first; ties in table order, then in the order the rule listed them. Where a place holds the same deduction
    /// of the same indicator as <paramref name="last"/> did, its entry is reused; when every place does, so is the list.
    /// </summary>
    private static EquatableList<RankedDeduction> Rank(ReadOnlySpan<ScorecardIndicator> leaves, EquatableList<RankedDeduction> last)
    {
        var count = 0;
        foreach (var leaf in leaves)
        {
            count += leaf.Deductions.Count;
        }

        if (count == 0)
        {
            return EquatableList<RankedDeduction>.Empty;
        }

        var rented = ArrayPool<Place>.Shared.Rent(count);
        var places = rented.AsSpan(0, count);
        for (int position = 0, next = 0; position < leaves.Length; position++)
        {
            var deductions = leaves[position].Deductions;
            for (var index = 0; index < deductions.Count; index++)
            {
                places[next++] = new Place(deductions[index].Points, position, index);
            }
        }

        places.Sort();

        // Allocated at the first place that differs from last time, with the places before it copied.
        var ranked = count == last.Count ? null : new RankedDeduction[count];
        for (var rank = 0; rank < count; rank++)
        {
            var row = leaves[places[rank].Position];
            var deduction = row.Deductions[places[rank].Index];
            var kept = rank < last.Count && last[rank] is var was && ReferenceEquals(was.Deduction, deduction) && was.IndicatorCode == row.Code
                ? was
                : null;
            if (ranked is null)
            {
                if (kept is not null)
                {
                    continue;
                }

                ranked = new RankedDeduction[count];
                for (var i = 0; i < rank; i++)
                {
                    ranked[i] = last[i];
                }
            }

            ranked[rank] = kept ?? new RankedDeduction(rank + 1, row.Code, row.Name, deduction);
        }

        ArrayPool<Place>.Shared.Return(rented);
        return ranked is null ? last : EquatableList<RankedDeduction>.Own(ranked);
    }

    /// <summary>
    /// A deduction's place in the table: its points, the leaf it belongs to and its index there. Ranked largest first,
    /// then in table order, so no two places compare equal and an unstable sort gives the one order a stable one would.
    /// A struct that compares itself: the sort is compiled for it, with no delegate call per comparison.
    /// </summary>
    private readonly struct Place(decimal points, int position, int index) : IComparable<Place>
    {
        public decimal Points { get; } = points;

        public int Position { get; } = position;

        public int Index { get; } = index;

        public int CompareTo(Place other) =>
            other.Points.CompareTo(Points) is var byPoints and not 0 ? byPoints
            : Position != other.Position ? Position.CompareTo(other.Position)
            : Index.CompareTo(other.Index);
    }

    /// <summary>
    /// The self-assessed total and each leaf whose self score differs from its score; also the differences by tree
    /// position, for the next assembly of a live session to reuse those of rows it reuses.
    /// </summary>
    private static (SelfAssessment Assessment, SelfScoreDifference?[] ByPosition) SelfAssessmentOf(ScorecardIndicator[] rows, AssembledRows? previous)
    {
        var selfTotal = 0m;
        var byPosition = previous?.DifferencesBuffer(rows.Length) ?? new SelfScoreDifference?[rows.Length];
        var count = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (!row.IsLeaf)
            {
                continue;
            }

            selfTotal += row.SelfScore ?? 0m;
            if (row.SelfScore is { } self && self != row.Score)
            {
                byPosition[i] = previous?.ReusableDifference(i, row) ?? new SelfScoreDifference(row.Code, row.Name, self, row.Score, row.Score - self);
                count++;
            }
        }

        var differences = new SelfScoreDifference[count];
        for (int i = 0, next = 0; next < count; i++)
        {
            if (byPosition[i] is { } difference)
            {
                differences[next++] = difference;
            }
        }

        return (new SelfAssessment { SelfTotal = selfTotal, Differences = EquatableList<SelfScoreDifference>.Own(differences) }, byPosition);
    }
}
