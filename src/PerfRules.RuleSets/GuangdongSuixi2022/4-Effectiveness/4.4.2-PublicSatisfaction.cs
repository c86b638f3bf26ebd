using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 4.4.2 公众或服务对象满意度 (public or client satisfaction), 3 points, less the deductions the evaluator judged from
/// a satisfaction survey or, where none could be run, the '四个全面' assessment or the annual public appraisal,
/// floored at 0.
/// </summary>
/// <remarks>
/// <para>Facts: at least one <see cref="ExternalAssessment"/> as the basis (a survey result may be given as one too),
/// and any <see cref="EvaluatorFinding"/> for 4.4.2, each naming in its evidence the
/// <see cref="ExternalAssessment.Name"/> it rests on. No basis is missing data; a finding whose evidence names no
/// assessment supplied is an error, and so is a <see cref="ChecklistAnswer"/> for 4.4.2 (it has no checklist).</para>
/// <para>The criteria give no scale from a result to points. The report took 0.5 off for each of its two results
/// (“四个全面”绩效考核 二等奖; 乡村振兴战略实绩考核 87.5分); no formula in the criteria reproduces that, so the rule
/// applies the two as evaluator-judged deductions and computes only 3 − Σ (specification 4.4.2, open question 5).</para>
/// </remarks>
public sealed class PublicSatisfaction : IndicatorRule
{
    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "4.4.2",
        new LocalizedText("公众或服务对象满意度", "Public or client satisfaction"),
        3m,
        new LocalizedText(
            "社会公众或服务对象是指部门（单位）履行职责而影响到部门、群体或个人，一般采取社会调查的方式。如难以单独开展满意度调查的，可参考市直机关“四个全面”绩效考核群众满意度考核结果或者年度市直民主评议政风行风评价结果等计分。",
            "The public or clients are the bodies, groups or people the department's work affects, usually surveyed. Where a separate satisfaction survey is hard to run, score from the mass-satisfaction result of the 'four comprehensives' assessment or the annual public appraisal of government conduct."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ExternalAssessment> assessments = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        IReadOnlyList<ChecklistAnswer> answers = null!;
        When()
            .Collect(() => assessments)
            .Collect(() => findings, f => f.IndicatorCode == "4.4.2")
            .Collect(() => answers, a => a.IndicatorCode == "4.4.2");
        Then()
            .Yield(_ => Score(assessments, findings, answers));
    }

    // The indicator has no checklist: an answer for it is bad input, as for every judged indicator without one.
    private IndicatorResult Score(IReadOnlyList<ExternalAssessment> assessments, IReadOnlyList<EvaluatorFinding> findings, IReadOnlyList<ChecklistAnswer> answers)
    {
        // Sorted once here: the helpers find the findings already in order and use them as they are.
        findings = JudgedScoring.Sorted(findings);
        var sorted = StableOrder.Sorted(assessments, StableOrder.Assessments);
        var errors = Unscored.ProblemsOf(sorted);
        errors.AddRange(JudgedScoring.Errors(null, answers, findings, Weight));
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (!CitesAnAssessment(f.Evidence, sorted))
            {
                errors.Add(Unscored.Problem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Evidence),
                    $"满意度扣分（{f.Reason?.Chinese}）须在证据中注明所依据的考核或调查结果（ExternalAssessment名称）",
                    $"The satisfaction deduction ({f.Reason?.Get(Language.English)}) must name in its evidence the assessment or survey it rests on (an ExternalAssessment name)"));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (sorted.Count == 0)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, Unscored.Absent(nameof(ExternalAssessment),
                "缺少满意度调查或考核结果（ExternalAssessment），无法评价满意度", "No satisfaction survey or assessment result (ExternalAssessment) to score satisfaction from"));
        }

        var tally = JudgedScoring.Tally(Name, Weight, findings);
        if (findings.Count > 0)
        {
            return Scored(tally.Score, tally.Note, deductions: tally.Deductions);
        }

        // The English reads its own copy of the assessments, whenever it is read.
        var copy = new ExternalAssessment[sorted.Count];
        var named = new string[copy.Length];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = sorted[i];
            named[i] = Chinese(sorted[i]);
        }

        var basis = LocalizedText.WithEnglishOnRead(
            $"依据{string.Join("、", named)}",
            copy,
            static assessments => $"based on {string.Join(", ", assessments.Select(English))}");
        return Scored(tally.Score, Notes.Join(basis, tally.Note));
    }

    // A finding rests on an assessment its evidence names. Compared in place, without a set of the names: a department
    // has one or two assessments and a finding a few pieces of evidence, on every evaluation.
    private static bool CitesAnAssessment(IReadOnlyList<string> evidence, IReadOnlyList<ExternalAssessment> assessments)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            for (var j = 0; j < assessments.Count; j++)
            {
                if (string.Equals(evidence[i], assessments[j].Name, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string Chinese(ExternalAssessment assessment) => assessment.Score is { } score
        ? $"{assessment.Name}（{ReportFormat.Number(score)}分）"
        : $"{assessment.Name}（{assessment.Tier}）";

    private static string English(ExternalAssessment assessment) => assessment.Score is { } score
        ? $"{assessment.Name} ({ReportFormat.Number(score)})"
        : $"{assessment.Name} ({assessment.Tier})";
}
