using PerfRules.Explanations;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// Checks a metric's bands or steps over its whole domain. The finite bounds of the bands and the domain cut the line
/// into pieces (each bound itself, and the open stretches between): no band starts or ends inside a stretch, so one value
/// of it (its midpoint, or the outer bound ± half the smallest distance between bounds) stands for all of it.
/// </summary>
internal static class ScaleAnalysis
{
    public static IReadOnlyList<ScaleFinding> Bands(IReadOnlyList<Interval> bands, Interval domain, (string Chinese, string English) domainNote, LocalizedText metric, Func<decimal, string> format)
    {
        var findings = new List<ScaleFinding>();
        for (var i = 0; i < bands.Count; i++)
        {
            if (!bands[i].Overlaps(domain))
            {
                findings.Add(new ScaleFinding(LintSeverity.Warning, LintFindingKind.UnreachableBand,
                    new LocalizedText(
                        $"第{i + 1}档{bands[i].ToString(format)}在{metric.Chinese}的取值范围{domain.ToString(format)}{domainNote.Chinese}之外，永远不会命中",
                        $"band {i + 1}, {bands[i].ToString(format)}, lies outside the domain {domain.ToString(format)}{domainNote.English} of the {metric.Get(Language.English)}, so it is never hit"),
                    Band: i));
            }
        }

        var pieces = Pieces(bands, domain);
        var covers = pieces.Select(p => Enumerable.Range(0, bands.Count).Where(i => bands[i].Contains(p.Example)).ToArray()).ToList();
        for (var i = 0; i < pieces.Count;)
        {
            var j = i + 1;
            while (j < pieces.Count && covers[j].SequenceEqual(covers[i]))
            {
                j++;
            }

            var run = pieces.GetRange(i, j - i);
            if (covers[i].Length == 0)
            {
                findings.Add(Gap(run, bands, domain, domainNote, metric, format));
            }
            else if (covers[i].Length > 1)
            {
                findings.Add(Overlap(run, covers[i], bands, metric, format));
            }

            i = j;
        }

        return findings;
    }

    public static IReadOnlyList<ScaleFinding> Steps(
        decimal threshold, decimal step, decimal pointsPerStep, decimal points, StepCounting counting, Interval domain, (string Chinese, string English) domainNote, LocalizedText metric, Func<decimal, string> format)
    {
        var findings = new List<ScaleFinding>();
        if (pointsPerStep <= 0m || step <= 0m)
        {
            findings.Add(new ScaleFinding(LintSeverity.Error, LintFindingKind.StepsNeverReachZero,
                new LocalizedText("每档扣分或档距为0：永远扣不到分", "a step of 0, or 0 points per step: nothing is ever deducted")));
            return findings;
        }

        if (domain.End is { } end)
        {
            var excess = Math.Max(0m, end - threshold);
            var steps = counting == StepCounting.EveryCompletedStep ? decimal.Floor(excess / step) : decimal.Ceiling(excess / step);
            if (!domain.IncludesEnd && counting == StepCounting.EveryCompletedStep && steps > 0m && steps * step == excess)
            {
                steps--;
            }

            if (steps * pointsPerStep < points)
            {
                var left = points - (steps * pointsPerStep);
                findings.Add(new ScaleFinding(LintSeverity.Warning, LintFindingKind.StepsNeverReachZero,
                    new LocalizedText(
                        $"{metric.Chinese}的取值范围{domain.ToString(format)}{domainNote.Chinese}内最多扣{ReportFormat.Points(steps * pointsPerStep)}分，得分最低为{ReportFormat.Points(left)}分，扣不到0分",
                        $"within the domain {domain.ToString(format)}{domainNote.English} of the {metric.Get(Language.English)} at most {ReportFormat.Points(steps * pointsPerStep)} points are deducted, so the score never falls below {ReportFormat.Points(left)}, never to 0"),
                    end));
            }
        }

        if (points % pointsPerStep != 0m)
        {
            findings.Add(new ScaleFinding(LintSeverity.Info, LintFindingKind.UnevenLastStep,
                new LocalizedText(
                    $"{ReportFormat.Points(points)}分不是每档扣分{ReportFormat.Points(pointsPerStep)}的整数倍：最后一档只扣剩下的{ReportFormat.Points(points % pointsPerStep)}分",
                    $"the {ReportFormat.Points(points)} points are not a multiple of the {ReportFormat.Points(pointsPerStep)} points per step: the last step deducts only the remaining {ReportFormat.Points(points % pointsPerStep)}")));
        }

        return findings;
    }

    private static ScaleFinding Gap(List<Piece> run, IReadOnlyList<Interval> bands, Interval domain, (string Chinese, string English) domainNote, LocalizedText metric, Func<decimal, string> format)
    {
        var (first, last) = (run[0], run[^1]);
        if (run.Count == 1 && first.IsPoint)
        {
            var value = first.Example;
            var neighbours = bands.Where(b => b.Start == value || b.End == value).Select(b => b.ToString(format)).ToList();
            var why = neighbours.Count == 0 ? ("", "") : ($"：{string.Join("、", neighbours)}都不包含它", $": {string.Join(" and ", neighbours)} {(neighbours.Count == 2 ? "both" : "all")} exclude it");
            return new ScaleFinding(LintSeverity.Error, LintFindingKind.BandGap,
                new LocalizedText(
                    $"{metric.Chinese}为{format(value)}时不落入任何分档{why.Item1}，无从计分",
                    $"{metric.Get(Language.English)} = {format(value)} is in no band{why.Item2}, so it cannot be scored"),
                value);
        }

        var example = run.First(p => !p.IsPoint).Example;
        var gap = Make(first.Start, first.IncludesStart, last.End, last.IncludesEnd).ToString(format);
        return new ScaleFinding(LintSeverity.Error, LintFindingKind.BandGap,
            new LocalizedText(
                $"{metric.Chinese}在{gap}内不落入任何分档（如{format(example)}），无从计分；取值范围为{domain.ToString(format)}{domainNote.Chinese}",
                $"{metric.Get(Language.English)} in {gap} is in no band (e.g. {format(example)}), so it cannot be scored; the domain is {domain.ToString(format)}{domainNote.English}"),
            example);
    }

    private static ScaleFinding Overlap(List<Piece> run, int[] cover, IReadOnlyList<Interval> bands, LocalizedText metric, Func<decimal, string> format)
    {
        var (first, last) = (run[0], run[^1]);
        var example = first.Example;
        var where = Make(first.Start, first.IncludesStart, last.End, last.IncludesEnd).ToString(format);
        var names = cover.Select(i => $"{i + 1}:{bands[i].ToString(format)}").ToList();
        return new ScaleFinding(LintSeverity.Error, LintFindingKind.BandOverlap,
            new LocalizedText(
                $"{metric.Chinese}在{where}内同时落入第{string.Join("、", names)}档（如{format(example)}），同一个值会得两种分数：共用的端点应在一档中包含、在另一档中不包含",
                $"{metric.Get(Language.English)} in {where} is in bands {string.Join(" and ", names)} at once (e.g. {format(example)}), so it could score twice: make each shared bound inclusive in one band and exclusive in the other"),
            example,
            cover[^1]);
    }

    private static List<Piece> Pieces(IReadOnlyList<Interval> bands, Interval domain)
    {
        var bounds = bands.Append(domain).SelectMany(b => new[] { b.Start, b.End }).OfType<decimal>().Distinct().Order().ToList();
        if (bounds.Count == 0)
        {
            return [new Piece(null, false, null, false, 0m)];
        }

        var pad = bounds.Count < 2 ? 1m : bounds.Zip(bounds.Skip(1), (a, b) => b - a).Min() / 2m;
        var pieces = new List<Piece> { new(null, false, bounds[0], false, bounds[0] - pad) };
        for (var i = 0; i < bounds.Count; i++)
        {
            pieces.Add(new Piece(bounds[i], true, bounds[i], true, bounds[i]));
            pieces.Add(i + 1 < bounds.Count
                ? new Piece(bounds[i], false, bounds[i + 1], false, (bounds[i] + bounds[i + 1]) / 2m)
                : new Piece(bounds[i], false, null, false, bounds[i] + pad));
        }

        // The domain's bounds are among the cuts, so every piece lies wholly inside or outside it; the domain is an
        // interval, so the pieces kept are contiguous.
        return [.. pieces.Where(p => domain.Contains(p.Example))];
    }

    private static Interval Make(decimal? start, bool includesStart, decimal? end, bool includesEnd) => (start, end) switch
    {
        (null, null) => Interval.Unbounded,
        (null, { } e) => includesEnd ? Interval.AtMost(e) : Interval.Below(e),
        ({ } s, null) => includesStart ? Interval.AtLeast(s) : Interval.Above(s),
        ({ } s, { } e) when s == e => Interval.Exactly(s),
        ({ } s, { } e) => (includesStart, includesEnd) switch
        {
            (true, true) => Interval.Closed(s, e),
            (true, false) => Interval.ClosedOpen(s, e),
            (false, true) => Interval.OpenClosed(s, e),
            _ => Interval.Open(s, e),
        },
    };

    private sealed record Piece(decimal? Start, bool IncludesStart, decimal? End, bool IncludesEnd, decimal Example)
    {
        public bool IsPoint => Start is not null && Start == End;
    }
}
