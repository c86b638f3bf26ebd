using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 2.1.7 财务合规性 (financial compliance), 6 points: 6 less the evaluator's judged deductions (<see cref="EvaluatorFinding"/>s,
/// each citing its vouchers, e.g. 2022年12月60#凭证), floored at 0 ("直至扣到0分").
/// </summary>
public sealed class FinancialCompliance : IndicatorRule
{
    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "2.1.7",
        new LocalizedText("财务合规性", "Financial compliance"),
        6m,
        new LocalizedText(
            "1. 预算执行规范性1分,按规定履行调整报批手续或未发生调整的,且按项目完成进度支付资金的得满分,否则酌情扣分。 2. 项目(专项)支出的合规性2分,资金管理、费用标准、支付符合有关制度规定的得满分,超预算、超范围、超标准支出,虚列支出,截留、挤占、挪用资金的,以及其他不符合制度规定支出的,视情节严重程度扣分,直至扣到0分。 3. 会计核算规范性2分,规范执行会计核算制度得满分,未按规定设专账核算,或支出凭证不符合规定,或其他核算不规范的,视具体情况扣分。 4. 重大项目支出按规定经过必要决策程序的得1分,否则酌情扣分。",
            "1. Budget execution compliance, 1 point: adjustments approved (or none) and funds paid by project progress: full, else judged. 2. Project spending compliance, 2 points: fund management, cost standards and payments comply: full; spending over budget, scope or standard, fictitious spending, withholding, diversion or misuse: deducted by severity, down to 0. 3. Accounting compliance, 2 points: accounting rules followed: full; no dedicated accounts, irregular vouchers or other irregular accounting: deducted as the case may be. 4. Major spending decided by due procedure: 1 point, else judged."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<ChecklistAnswer> answers = null!;
        IReadOnlyList<EvaluatorFinding> findings = null!;
        When()
            .Collect(() => answers, a => a.IndicatorCode == "2.1.7")
            .Collect(() => findings, f => f.IndicatorCode == "2.1.7");
        Then()
            .Yield(_ => Score(answers, findings));
    }

    private IndicatorResult Score(IReadOnlyList<ChecklistAnswer> answers, IReadOnlyList<EvaluatorFinding> findings)
    {
        // Sorted once here: the helpers find the findings already in order and use them as they are.
        findings = JudgedScoring.Sorted(findings);
        // The largest of the four parts is worth 2, the most one judged deduction can take.
        var errors = WithoutEvidence(JudgedScoring.Errors(null, answers, findings, 2m), findings);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var tally = JudgedScoring.Tally(Name, Weight, findings);
        return Scored(tally.Score, WithVouchers(tally, findings.Count), deductions: tally.Deductions);
    }

    // "视情节严重程度扣分": a finding stands on its vouchers, so one without evidence is not a finding yet. Findings
    // with evidence, the usual case, allocate nothing here.
    private static IReadOnlyList<FactProblem> WithoutEvidence(IReadOnlyList<FactProblem> errors, IReadOnlyList<EvaluatorFinding> findings)
    {
        if (!AnyWithoutEvidence(findings))
        {
            return errors;
        }

        var all = new List<FactProblem>(errors);
        foreach (var f in JudgedScoring.Sorted(findings))
        {
            if (f.Evidence.Count == 0)
            {
                all.Add(Unscored.Problem(nameof(EvaluatorFinding), nameof(EvaluatorFinding.Evidence),
                    $"财务合规性扣分（{f.Reason?.Chinese}）未列明凭证等证据", $"The financial-compliance finding ({f.Reason?.Get(Language.English)}) cites no evidence"));
            }
        }

        return all;
    }

    private static bool AnyWithoutEvidence(IReadOnlyList<EvaluatorFinding> findings)
    {
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i].Evidence.Count == 0)
            {
                return true;
            }
        }

        return false;
    }

    // The report cites each finding's vouchers in the note ("例如:2022年4月20#、2022年9月40#、2022年12月99#凭证,扣0.5分"). When
    // the floor left some findings without points, the tally's own note, which also lists those, is kept.
    private static LocalizedText WithVouchers(JudgedTally tally, int findings)
    {
        if (tally.Deductions.Count == 0 || tally.Deductions.Count != findings)
        {
            return tally.Note;
        }

        // Walked by index into an array: a LINQ projection would allocate its iterator and a growing copy per evaluation.
        var parts = new LocalizedText[tally.Deductions.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var d = tally.Deductions[i];
            parts[i] = LocalizedText.WithEnglishOnRead(
                $"{d.Reason.Chinese}（例如：{string.Join("、", d.Evidence)}）",
                d,
                static d => $"{d.Reason.Get(Language.English)} (e.g. {string.Join(", ", d.Evidence)})");
        }

        return Notes.Numbered(parts);
    }
}
