using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>Indicators 4.x, 预算执行效益.</summary>
public static partial class HandWrittenSuixiScorecard
{
    private static HandWrittenIndicator OperatingExpenseControl(SuixiFacts f)
    {
        var threePublic = SuixiFacts.Required(f.ThreePublic);
        var operating = SuixiFacts.Required(f.Operating);
        var deductions = new List<HandWrittenDeduction>();

        // Part 1: “三公”经费 within budget, 2 points; stated by the report when it gives no amounts.
        var within = threePublic.IsWithinBudget ?? throw new NotSupportedException("4.1.1 needs the three public expenses or a statement.");
        string first;
        if (threePublic is { Budget: { } budget, Actual: { } actual })
        {
            var compared = $"“三公”经费实际支出数{Text.WanYuan(actual)}万元，预算数{Text.WanYuan(budget)}万元，{(within ? "未超预算" : "实际支出数大于预算数")}";
            first = Text.Join(compared, within ? "得2分" : "不得分");
            if (!within)
            {
                deductions.Add(new HandWrittenDeduction(2m, Text.Join(compared, "扣2分")));
            }
        }
        else
        {
            var stated = $"“三公”经费：报告表述{(within ? "未超预算" : "超出预算")}（金额未披露）";
            first = Text.Join(stated, within ? "得2分" : "不得分");
            if (!within)
            {
                deductions.Add(new HandWrittenDeduction(2m, Text.Join(stated, "扣2分")));
            }
        }

        // Part 2: 日常公用经费 final within the (adjusted) budget, 2 points.
        var budgetWord = operating.AdjustedBudget is null ? "预算数" : "调整预算数";
        var effective = operating.AdjustedBudget ?? operating.Budget;
        var inBudget = operating.Final <= effective;
        var operatingCompared = $"公用经费决算数{Text.WanYuan(operating.Final)}万元，{budgetWord}{Text.WanYuan(effective)}万元，{(inBudget ? $"决算数未超过{budgetWord}" : $"决算数大于{budgetWord}")}";
        var second = Text.Join(operatingCompared, inBudget ? "得2分" : "不得分");
        if (!inBudget)
        {
            deductions.Add(new HandWrittenDeduction(2m, Text.Join(operatingCompared, "扣2分")));
        }

        return Row("4.1.1", 4m, 4m - 2m * deductions.Count, Text.Numbered([first, second]), deductions);
    }

    private static HandWrittenIndicator KeyWorkEfficiency(SuixiFacts f)
    {
        var assessments = f.Assessments
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Score).ThenBy(a => a.Tier, StringComparer.Ordinal)
            .ToList();
        if (assessments.Count != 2)
        {
            throw new NotSupportedException("4.2.1 takes two assessment results.");
        }

        // 得分 = (a/100 + b/100) / 2 × 5, a tier counting as its equivalent score (二等奖 = 85).
        var statements = new string[2];
        var ratios = new decimal[2];
        for (var i = 0; i < 2; i++)
        {
            var assessment = assessments[i];
            if (assessment.Score is { } score)
            {
                var outOf100 = score * 100m / assessment.FullMark;
                var scale = assessment.FullMark == 100m ? "" : $"（满分{Text.Number(assessment.FullMark)}分，折算为{Text.Number(outOf100)}分）";
                statements[i] = $"{assessment.Name}{Text.Number(score)}分{scale}";
                ratios[i] = outOf100 / 100m;
            }
            else if (assessment.Tier == "二等奖" && assessment.TierEquivalentScore is null or 85m)
            {
                statements[i] = $"{assessment.Name}为二等奖（视同为85分）";
                ratios[i] = 85m / 100m;
            }
            else
            {
                throw new NotSupportedException($"The hand-written baseline knows the tier 二等奖 only, not {assessment.Tier}.");
            }
        }

        var points = 5m * ((ratios[0] + ratios[1]) / 2);
        var arithmetic = $"得分=（{Text.Number(ratios[0])}+{Text.Number(ratios[1])}）/2*5={Text.Points(points)}";
        var lost = 5m - Text.Round(points);
        HandWrittenDeduction[] deductions = lost > 0m ? [new HandWrittenDeduction(lost, Text.Join(arithmetic, Text.Deducted(lost)))] : None;
        return Row("4.2.1", 5m, points, $"{Text.Numbered(statements)}；{arithmetic}", deductions);
    }

    private static HandWrittenIndicator TargetAchievementEfficiency(SuixiFacts f)
    {
        var rates = f.Rates.FindAll(r => r.IndicatorCode == "4.2.2");
        var parts = new List<(string Statement, decimal Points)>(2);
        foreach (var (scope, part, name) in (ReadOnlySpan<(TargetScope, string, string)>)
            [(TargetScope.Department, "department", "部门整体绩效目标"), (TargetScope.Project, "project", "项目绩效目标")])
        {
            var counted = f.Achievements.FindAll(a => a.Scope == scope);
            var stated = rates.FindAll(r => r.Part == part);
            if (counted.Count + stated.Count != 1)
            {
                throw new NotSupportedException($"4.2.2 takes one achievement of the {part} targets.");
            }

            // Each part: 完成率 × 2 points.
            if (counted.Count == 1)
            {
                var (planned, achieved) = (counted[0].Planned, counted[0].Achieved);
                var rate = (decimal)achieved / planned;
                var points = 2m * Math.Min(rate, 1m);
                parts.Add(($"{name}：完成率={achieved}/{planned}={Text.Percent(rate)}，得分={Text.Percent(rate)}×2={Text.Points(points)}分", points));
            }
            else
            {
                var rate = stated[0].Rate;
                var points = 2m * rate;
                parts.Add(($"{name}：报告表述完成率{Text.Percent(rate)}（{stated[0].Statement.TrimEnd('。')}；目标数未披露），得分={Text.Percent(rate)}×2={Text.Points(points)}分", points));
            }
        }

        // The score is rounded once; the last losing part's deduction absorbs the rounding.
        var raw = parts[0].Points + parts[1].Points;
        var left = 4m - Text.Round(raw);
        var losing = parts.FindAll(p => p.Points < 2m);
        var deductions = new List<HandWrittenDeduction>();
        for (var i = 0; i < losing.Count && left > 0m; i++)
        {
            var points = i == losing.Count - 1 ? left : Math.Min(left, Text.Round(2m - losing[i].Points));
            if (points <= 0m)
            {
                continue;
            }

            left -= points;
            deductions.Add(new HandWrittenDeduction(points, Text.Join(losing[i].Statement, Text.Deducted(points))));
        }

        return Row("4.2.2", 4m, raw, Text.Numbered([parts[0].Statement, parts[1].Statement]), deductions);
    }

    private static HandWrittenIndicator ProjectCompletionTimeliness(SuixiFacts f)
    {
        var rates = f.Rates.FindAll(r => r.IndicatorCode == "4.2.3");
        if (f.Projects.Count + rates.Count != 1 || rates.Any(r => r.Part != "on-schedule"))
        {
            throw new NotSupportedException("4.2.3 takes one project-completion fact.");
        }

        string facts;
        string arithmetic;
        decimal points;
        if (f.Projects.Count == 1)
        {
            var projects = f.Projects[0];
            if (projects.Budgeted == 0)
            {
                return Row("4.2.3", 2m, 2m, "当年度无部门预算安排的项目，不存在未按计划时间完成的项目，得2分", None);
            }

            if (projects.CompletedOnTime == projects.Budgeted)
            {
                return Row("4.2.3", 2m, 2m, $"部门预算安排的{projects.Budgeted}个项目均按计划时间完成，得2分", None);
            }

            facts = $"部门预算安排项目{projects.Budgeted}个，按计划时间完成{projects.CompletedOnTime}个";
            points = 2m * Math.Min((decimal)projects.CompletedOnTime / projects.Budgeted, 1m);
            arithmetic = $"{projects.CompletedOnTime}/{projects.Budgeted}*2";
        }
        else
        {
            var statement = rates[0].Statement.TrimEnd('。');
            if (rates[0].Rate == 1m)
            {
                return Row("4.2.3", 2m, 2m, $"报告表述：{statement}（项目数未披露），得2分", None);
            }

            facts = $"报告表述：{statement}（项目数未披露）";
            points = 2m * rates[0].Rate;
            arithmetic = $"{Text.Percent(rates[0].Rate)}*2";
        }

        var computation = $"得分={Text.FullWidth(arithmetic)}={Text.Points(points)}";
        var lost = 2m - Text.Round(points);
        HandWrittenDeduction[] deductions = lost > 0m ? [new HandWrittenDeduction(lost, Text.Join(facts, computation, Text.Deducted(lost)))] : None;
        return Row("4.2.3", 2m, points, Text.Join(facts, computation), deductions);
    }

    private static HandWrittenIndicator SocialEconomicBenefit(SuixiFacts f)
    {
        var (score, note, deductions) = Findings(10m, f.FindingsFor("4.3.1"));
        return Row("4.3.1", 10m, score, note, deductions);
    }

    private static HandWrittenIndicator PetitionResponse(SuixiFacts f)
    {
        var handling = SuixiFacts.Required(f.Petitions);
        var deductions = new List<HandWrittenDeduction>();
        var channels = handling.HasChannels ? "设置了便利的群众意见反映渠道和办理回复机制，得1分" : "未设置便利的群众意见反映渠道和办理回复机制，不得分";
        if (!handling.HasChannels)
        {
            deductions.Add(new HandWrittenDeduction(1m, "未设置便利的群众意见反映渠道和办理回复机制，扣1分"));
        }

        // Part 2: every petition and hotline ticket answered in time, 1 point, else in proportion.
        var received = handling.Cases + (handling.HotlineTickets ?? 0);
        var answered = handling.AnsweredInTime + (handling.HotlineAnsweredInTime ?? 0);
        var cases = $"收到信访案件{handling.Cases}件，在规定期限内办结{handling.AnsweredInTime}件";
        var facts = handling.HotlineTickets is { } tickets ? Text.Join(cases, $"收到12345市民热线工单{tickets}件，按期办结{handling.HotlineAnsweredInTime}件") : cases;
        string replies;
        decimal repliesPoints;
        if (received == 0)
        {
            (replies, repliesPoints) = (Text.Join(facts, "无逾期回复"), 1m);
        }
        else
        {
            var rate = (decimal)answered / received;
            var arithmetic = handling.HotlineTickets is { } count
                ? $"（{handling.AnsweredInTime}+{handling.HotlineAnsweredInTime}）/（{handling.Cases}+{count}）"
                : $"{handling.AnsweredInTime}/{handling.Cases}";
            (replies, repliesPoints) = (Text.Join(facts, $"按时回复率={arithmetic}={Text.Percent(rate)}"), Math.Min(rate, 1m));
        }

        var raw = (handling.HasChannels ? 1m : 0m) + repliesPoints;
        var lostOnReplies = 2m - Text.Round(raw) - (handling.HasChannels ? 0m : 1m);
        if (lostOnReplies > 0m)
        {
            deductions.Add(new HandWrittenDeduction(lostOnReplies, Text.Join(replies, Text.Deducted(lostOnReplies))));
        }

        return Row("4.4.1", 2m, raw, Text.Numbered([channels, Text.Join(replies, Text.Awarded(repliesPoints))]), deductions);
    }

    private static HandWrittenIndicator PublicSatisfaction(SuixiFacts f)
    {
        var findings = f.FindingsFor("4.4.2");
        if (f.Assessments.Count == 0)
        {
            throw new NotSupportedException("4.4.2 needs a satisfaction survey or assessment result.");
        }

        var (score, note, deductions) = Findings(3m, findings);
        if (findings.Count > 0)
        {
            return Row("4.4.2", 3m, score, note, deductions);
        }

        var basis = string.Join("、", f.Assessments
            .OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Score).ThenBy(a => a.Tier, StringComparer.Ordinal)
            .Select(a => a.Score is { } s ? $"{a.Name}（{Text.Number(s)}分）" : $"{a.Name}（{a.Tier}）"));
        return Row("4.4.2", 3m, score, Text.Join("依据" + basis, note), deductions);
    }
}
