using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>Indicators 3.x, 预算监督情况.</summary>
public static partial class HandWrittenSuixiScorecard
{
    private static HandWrittenIndicator BudgetAndFinalAccountsDisclosure(SuixiFacts f)
    {
        var disclosures = f.Disclosures
            .Where(d => d.Kind is DisclosureKind.Budget or DisclosureKind.FinalAccounts)
            .OrderBy(d => d.Kind).ThenBy(d => d.ApprovedOn).ThenBy(d => d.PublishedOn)
            .ToList();
        if (disclosures.Count != 2 || disclosures[0].Kind != DisclosureKind.Budget || disclosures[1].Kind != DisclosureKind.FinalAccounts
            || disclosures.Any(d => d.DayLimit is not (null or 20) || d.Deadline is not null
                || (d.IsPublished && (d.ApprovedOn is null || d.Inspection == DisclosureInspection.NotInspected))))
        {
            throw new NotSupportedException("The hand-written baseline needs one budget and one final-accounts disclosure, each published one with its approval date and inspection.");
        }

        // 预算法 art. 14: published within 20 days of approval; each disclosure late or found wanting loses 1 point, an
        // open problem loses all 3.
        var statements = new List<string>();
        var problems = new List<string>();
        var open = new List<string>();
        foreach (var disclosure in disclosures)
        {
            var what = disclosure.Kind == DisclosureKind.Budget ? "预算" : "决算";
            if (disclosure.PublishedOn is not { } published)
            {
                var never = $"{what}未公开";
                statements.Add(never);
                problems.Add(never);
                open.Add(never);
                continue;
            }

            var approved = disclosure.ApprovedOn!.Value;
            var due = approved.AddDays(20);
            var document = disclosure.ApprovalDocument is { Length: > 0 } doc ? $"（{doc}）" : "";
            var timing = published <= due
                ? $"{Text.Date(approved)}批复{document}，{Text.Date(published)}公开，在批复后20日内（{Text.Date(due)}前）"
                : $"{Text.Date(approved)}批复{document}，应于{Text.Date(due)}前公开，实际于{Text.Date(published)}公开，逾期{published.DayNumber - due.DayNumber}天";
            var inspection = disclosure.Inspection switch
            {
                DisclosureInspection.NoProblem => "公开检查未发现问题",
                DisclosureInspection.ProblemCorrected => "公开检查发现问题，已完成整改",
                _ => "公开检查发现问题，截至年底仍有未整改事项",
            };
            var statement = $"{what}：{timing}，{inspection}";
            statements.Add(statement);
            if (published > due || disclosure.Inspection != DisclosureInspection.NoProblem)
            {
                problems.Add(statement);
            }

            if (disclosure.Inspection == DisclosureInspection.ProblemOpen)
            {
                open.Add(statement);
            }
        }

        var score = open.Count > 0 ? 0m : 3m - problems.Count;
        HandWrittenDeduction[] deductions = open.Count > 0
            ? [new HandWrittenDeduction(3m, $"{string.Join("；", open)}，扣3分")]
            : [.. problems.Select(p => new HandWrittenDeduction(1m, $"{p}，扣1分"))];
        var note = $"{Text.Numbered(statements)}；{(score == 0m ? "不得分" : Text.Awarded(score))}";
        return Row("3.1.1", 3m, score, note, deductions);
    }

    private static HandWrittenIndicator PerformanceTargetDisclosure(SuixiFacts f) =>
        Publication(f, "3.1.2", DisclosureKind.PerformanceTargets, "绩效目标");

    private static HandWrittenIndicator SelfEvaluationDisclosure(SuixiFacts f) =>
        Publication(f, "3.1.3", DisclosureKind.SelfEvaluation, "自评材料");

    /// <summary>
    /// A publication worth 2 points: on time with sound content 2, late or wanting 1, not published 0 (涉密单位, the
    /// classified case, is beyond the baseline).
    /// </summary>
    private static HandWrittenIndicator Publication(SuixiFacts f, string code, DisclosureKind kind, string subject)
    {
        var disclosures = f.Disclosures.FindAll(d => d.Kind == kind);
        var answers = f.AnswersFor(code);
        if (disclosures.Count != 1 || answers.Any(a => a.Item != "content") || answers.Count > 1)
        {
            throw new NotSupportedException($"The hand-written baseline needs one {kind} disclosure and at most a content answer for {code}.");
        }

        var disclosure = disclosures[0];
        if (disclosure.PublishedOn is not { } published)
        {
            var reason = $"未按规定公开{subject}";
            return Row(code, 2m, 0m, reason + "，不得分", [new HandWrittenDeduction(2m, Text.Join(reason, "扣2分"))]);
        }

        if (answers.Count == 0 || (disclosure.Deadline is null && (disclosure.DayLimit is null || disclosure.ApprovedOn is null)))
        {
            throw new NotSupportedException($"The hand-written baseline needs the content answer and the time limit of {code}.");
        }

        var content = answers[0];
        var (due, dueText) = disclosure.Deadline is { } fixedDate
            ? (fixedDate, $"应于{Text.Date(fixedDate)}前公开")
            : (disclosure.ApprovedOn!.Value.AddDays(disclosure.DayLimit!.Value), "");
        if (disclosure.Deadline is null)
        {
            dueText = $"应于批复后{disclosure.DayLimit}日内（{Text.Date(due)}前）公开";
        }

        var onTime = published <= due;
        var timing = onTime
            ? $"根据要求，{dueText}，实际于{Text.Date(published)}公开，按时公开"
            : $"根据要求，{dueText}，实际于{Text.Date(published)}公开，逾期{published.DayNumber - due.DayNumber}天";
        var seen = content.Note is { Length: > 0 } said ? "：" + said.TrimEnd('。') : "";
        var quality = content.Met ? "公开内容真实、完整，符合公开范围要求" : $"公开内容未达到真实、完整、规范或范围要求{seen}";
        if (onTime && content.Met)
        {
            return Row(code, 2m, 2m, Text.Join(timing, quality, "得2分"), None);
        }

        string[] parts = onTime ? [quality] : content.Met ? [timing] : [timing, quality];
        var deduction = Text.Join([.. parts, "扣1分"]);
        IReadOnlyList<string> evidence = onTime && content.Note is { Length: > 0 } note ? [note] : [];
        return Row(code, 2m, 1m, deduction, [new HandWrittenDeduction(1m, deduction, evidence)]);
    }

    private static HandWrittenIndicator SelfEvaluationOrganization(SuixiFacts f)
    {
        var group = SuixiFacts.Required(f.Group);
        var findings = f.FindingsFor("3.2.1");
        var formed = group.FormedOn is { } on ? $"{Text.Date(on)}成立自评工作小组，" : "成立自评工作小组，";

        // 自评工作评价小组一般3人以上，由主管领导、财务人员和业务人员组成.
        if (group.MemberCount < 3)
        {
            var reason = group.MemberCount == 0 ? "未成立自评工作小组，不得分" : $"{formed}成员{group.MemberCount}人，少于3人，视为未成立小组，不得分";
            return Row("3.2.1", 1m, 0m, reason, [new HandWrittenDeduction(1m, reason)]);
        }

        var absent = new List<string>();
        if (!group.HasLeader)
        {
            absent.Add("主管领导");
        }

        if (!group.HasFinanceStaff)
        {
            absent.Add("财务人员");
        }

        if (!group.HasBusinessStaff)
        {
            absent.Add("业务人员");
        }

        if (absent.Count > 0 && findings.Count == 0)
        {
            throw new NotSupportedException("An incomplete self-evaluation group needs the evaluator's finding (the engine reports missing data).");
        }

        var structure = absent.Count == 0
            ? $"{formed}成员{group.MemberCount}人，含主管领导、财务人员和业务人员，人数和结构符合规定"
            : $"{formed}成员{group.MemberCount}人，缺少{string.Join("、", absent)}，结构不完全符合规定";
        var (score, note, deductions) = Findings(1m, findings);
        return Row("3.2.1", 1m, score, Text.Join(structure, findings.Count == 0 ? Text.Awarded(score) : note), deductions);
    }

    private static HandWrittenIndicator SelfEvaluationTimeliness(SuixiFacts f)
    {
        var submission = SuixiFacts.Required(f.Submission);
        if (submission.SubmittedOn is not { } submitted)
        {
            var never = $"应于{Text.Date(submission.Deadline)}前报送自评材料，未报送，不得分";
            return Row("3.2.2", 1m, 0m, never, [new HandWrittenDeduction(1m, never)]);
        }

        var timing = $"应于{Text.Date(submission.Deadline)}前报送自评材料，实际于{Text.Date(submitted)}报送";
        if (submitted <= submission.Deadline)
        {
            return Row("3.2.2", 1m, 1m, Text.Join(timing, "在规定期限内完成报送", "得1分"), None);
        }

        var late = Text.Join(timing, $"逾期{submitted.DayNumber - submission.Deadline.DayNumber}天，不得分");
        return Row("3.2.2", 1m, 0m, late, [new HandWrittenDeduction(1m, late)]);
    }

    private static HandWrittenIndicator SelfEvaluationQuality(SuixiFacts f)
    {
        var (score, note, deductions) = Findings(1m, f.FindingsFor("3.2.3"));
        return Row("3.2.3", 1m, score, note, deductions);
    }
}
