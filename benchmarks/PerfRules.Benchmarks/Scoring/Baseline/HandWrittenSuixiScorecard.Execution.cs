using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>Indicators 2.x, 预算执行情况.</summary>
public static partial class HandWrittenSuixiScorecard
{
    private static HandWrittenIndicator SafeguardSoundness(SuixiFacts f)
    {
        var answers = f.AnswersFor("2.1.1");
        var (score, note, deductions) = Checklist(
            [("1", "制定了内部控制和管理制度、项目管理制度等规章制度，且相关管理制度合法、合规、完整", 2m)],
            answers,
            f.FindingsFor("2.1.1"));

        // The note opens with the rules the evaluator found ("经查：《…制度》").
        var found = answers[0] is { Met: true, Note: { } seen } && !string.IsNullOrWhiteSpace(seen) ? Text.Join("经查：" + seen, note) : note;
        return Row("2.1.1", 2m, score, found, deductions);
    }

    private static HandWrittenIndicator ExpenditureCompletionRate(SuixiFacts f)
    {
        var budget = SuixiFacts.Required(f.Budget);
        var scope = SuixiFacts.Required(f.Scope);
        var approval = SuixiFacts.Required(f.Approval);
        var available = budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;
        var rate = budget.ActualExpenditure / available;
        if (rate > 1m)
        {
            throw new NotSupportedException("The hand-written baseline does not report a completion rate above 100% (the engine reports it as an error).");
        }

        var computation = $"支出完成率={Text.Yuan(budget.ActualExpenditure)}/（{Text.Yuan(budget.OpeningFiscalCarryOver)}+{Text.Yuan(budget.GeneralPublicBudgetAppropriation)}+{Text.Yuan(budget.GovernmentFundAppropriation)}）={Text.Percent(rate)}";
        var (points, band) = Classify(rate,
            (1m, true, 1m, true, 4m),
            (0.90m, true, 1m, false, 3m),
            (0.80m, true, 0.90m, false, 2m),
            (0.70m, true, 0.80m, false, 1m),
            (0m, true, 0.70m, false, 0m));
        var hit = $"{Text.Percent(rate)} ∈ {band}，{Text.Awarded(points)}";
        var stated = Text.Join(
            $"年度实际支出{Text.Yuan(budget.ActualExpenditure)}元",
            $"年初结转和结余{Text.Yuan(budget.OpeningFiscalCarryOver)}元",
            $"一般公共预算财政拨款{Text.Yuan(budget.GeneralPublicBudgetAppropriation)}元",
            $"政府性基金预算财政拨款{Text.Yuan(budget.GovernmentFundAppropriation)}元",
            computation,
            Text.Awarded(points));

        // 2.1.5's parts that do not apply move here: 2 points without transfer payments, 1 without subordinate budgets.
        var moved = (scope.ManagesTransferPayments ? 0m : 2m) + (approval.HasSubordinateUnits ? 0m : 1m);
        var weight = 4m + moved;
        if (moved == 0m)
        {
            var lost = 4m - points;
            return Row("2.1.2", weight, points, stated, lost > 0m ? [new HandWrittenDeduction(lost, Text.Join(computation, hit))] : None);
        }

        var reasons = new List<string>();
        if (!scope.ManagesTransferPayments)
        {
            reasons.Add("部门没有主管的转移支付资金");
        }

        if (!approval.HasSubordinateUnits)
        {
            reasons.Add("无需批复下属单位预算");
        }

        reasons.Add($"“资金下达合法性”中的{Text.Number(moved)}分调整至该项");
        var received = Text.Join(reasons);
        var score = points * weight / 4m;
        var rescaled = $"该指标总得分={Text.Number(weight)}*{Text.Number(points)}/4={Text.Points(score)}";
        var lostRescaled = weight - Text.Round(score);
        HandWrittenDeduction[] deductions = lostRescaled > 0m
            ? [new HandWrittenDeduction(lostRescaled, Text.Join(computation, hit, "满分4分", received, $"按调整后分值{Text.Number(weight)}分折算", rescaled, Text.Deducted(lostRescaled)))]
            : None;
        return Row("2.1.2", weight, score, Text.Numbered([stated, Text.Join(received, rescaled)]), deductions);
    }

    private static HandWrittenIndicator CarryOverRate(SuixiFacts f)
    {
        var budget = SuixiFacts.Required(f.Budget);
        var available = budget.OpeningFiscalCarryOver + budget.GeneralPublicBudgetAppropriation + budget.GovernmentFundAppropriation;
        var rate = budget.ClosingFiscalCarryOver / available;
        var computation = $"结转结余率={Text.Yuan(budget.ClosingFiscalCarryOver)}/（{Text.Yuan(budget.OpeningFiscalCarryOver)}+{Text.Yuan(budget.GeneralPublicBudgetAppropriation)}+{Text.Yuan(budget.GovernmentFundAppropriation)}）={Text.Percent(rate)}";
        var (points, band) = Classify(rate,
            (null, false, 0.10m, true, 3m),
            (0.10m, false, 0.20m, true, 2m),
            (0.20m, false, 0.30m, true, 1m),
            (0.30m, false, null, false, 0m));
        var lost = 3m - points;
        HandWrittenDeduction[] deductions = lost > 0m
            ? [new HandWrittenDeduction(lost, Text.Join(computation, $"{Text.Percent(rate)} ∈ {band}，{Text.Awarded(points)}"))]
            : None;
        return Row("2.1.3", 3m, points, Text.Join(computation, Text.Awarded(points)), deductions);
    }

    private static HandWrittenIndicator IdleTreasuryFundsEfficiency(SuixiFacts f)
    {
        var years = f.IdleFunds.OrderBy(y => y.YearEnd).ThenBy(y => y.Amount).ToList();
        if (years.Count != 2 || years[1].YearEnd != years[0].YearEnd + 1)
        {
            throw new NotSupportedException("The hand-written baseline needs idle treasury funds for two consecutive year-ends.");
        }

        var (prior, current) = (years[0], years[1]);
        var priorText = $"{prior.YearEnd}年末存量资金{Text.Yuan(prior.Amount)}元";
        var currentText = $"{current.YearEnd}年末存量资金{Text.Yuan(current.Amount)}元";
        if (prior.Amount == 0m)
        {
            if (current.Amount == 0m)
            {
                return Row("2.1.4", 3m, 3m, $"{prior.YearEnd}年末及{current.YearEnd}年末国库集中支付结转结余存量资金均为0元，上年度为0、本年度继续为0，得3分", None);
            }

            var rise = $"{priorText}，{currentText}，存量资金由0增加，变动率>0，不得分";
            return Row("2.1.4", 3m, 0m, rise, [new HandWrittenDeduction(3m, rise)]);
        }

        // 变动率 = this year-end's funds / last year-end's − 1.
        var rate = current.Amount / prior.Amount - 1m;
        var computation = $"存量资金变动率={Text.Yuan(current.Amount)}/{Text.Yuan(prior.Amount)}-1={Text.Percent(rate)}";
        var (points, band) = Classify(rate,
            (null, false, -0.15m, true, 3m),
            (-0.15m, false, -0.10m, true, 2m),
            (-0.10m, false, 0m, true, 1m),
            (0m, false, null, false, 0m));
        var lost = 3m - points;
        HandWrittenDeduction[] deductions = lost > 0m
            ? [new HandWrittenDeduction(lost, Text.Join(computation, $"{Text.Percent(rate)} ∈ {band}，{Text.Awarded(points)}"))]
            : None;
        return Row("2.1.4", 3m, points, Text.Join(currentText, priorText, computation, Text.Awarded(points)), deductions);
    }

    private static HandWrittenIndicator FundIssuingLegality(SuixiFacts f)
    {
        var scope = SuixiFacts.Required(f.Scope);
        var approval = SuixiFacts.Required(f.Approval);
        if (scope.ManagesTransferPayments || !approval.HasSubordinateUnits || approval.DayLimit != 15)
        {
            throw new NotSupportedException("The hand-written baseline scores 2.1.5 for departments with subordinate units and no transfer payments only.");
        }

        // The transfer-payment part's 2 points moved to 2.1.2; the department-budget part is worth 1.
        var transfers = $"没有主管的转移支付资金（{scope.Statement}），该部分指标分值（2分）调整至“支出完成率”";
        string how;
        string label;
        if (!approval.IsApproved)
        {
            (how, label) = ("未向所属单位批复预算", "未批复");
        }
        else if (approval.ReceivedOn is { } received && approval.ApprovedOn is { } approved)
        {
            // 15 calendar days, counted from the day after the department's own budget was received.
            var due = received.AddDays(15);
            var late = approved.DayNumber - due.DayNumber;
            how = $"{Text.Date(received)}收到本部门预算批复，{Text.Date(approved)}向所属单位批复预算，应于{Text.Date(due)}前批复" + (late <= 0 ? "" : $"，超时{late}天");
            label = late <= 0 ? "按时批复" : "已批复但超时";
        }
        else
        {
            var stated = approval.StatedOnTime == true;
            how = stated ? "据评价报告所述，能在接到财政部门批复的本部门预算后15日内向所属各单位批复预算（未提供日期）" : "据评价报告所述，向所属各单位批复预算超过15日（未提供日期）";
            label = stated ? "按时批复" : "已批复但超时";
        }

        var points = label switch
        {
            "按时批复" => 1m,
            "已批复但超时" => 0.5m,
            _ => 0m,
        };
        var lost = 1m - points;
        HandWrittenDeduction[] deductions = lost > 0m ? [new HandWrittenDeduction(lost, Text.Join(how, label, Text.Deducted(lost)))] : None;
        return Row("2.1.5", 1m, points, Text.Numbered([transfers, $"{how}，{label}，{Text.Awarded(points)}"]), deductions);
    }

    private static HandWrittenIndicator ProcurementExecutionRate(SuixiFacts f)
    {
        var procurement = SuixiFacts.Required(f.Procurement);
        var stated = $"采购计划金额{Text.Yuan(procurement.Planned)}元，实际采购金额{Text.Yuan(procurement.Actual)}元";
        if (procurement.Planned == 0m && procurement.Actual == 0m)
        {
            return Row("2.1.6", 2m, 2m, Text.Join(stated, "未安排且未发生政府采购，得2分"), None);
        }

        // 得分 = 2 × 实际/计划; buying more than planned scores 0.
        if (procurement.Actual > procurement.Planned)
        {
            var exceeded = Text.Join(stated, "实际采购金额大于采购计划金额，不得分");
            return Row("2.1.6", 2m, 0m, exceeded, [new HandWrittenDeduction(2m, exceeded)]);
        }

        var rate = procurement.Actual / procurement.Planned;
        var score = 2m * rate;
        var computation = $"政府采购执行率={Text.Yuan(procurement.Actual)}/{Text.Yuan(procurement.Planned)}={Text.Percent(rate)}";
        var scored = $"得分=2*{Text.Percent(rate)}={Text.Points(score)}分";
        var lost = 2m - Text.Round(score);
        HandWrittenDeduction[] deductions = lost > 0m ? [new HandWrittenDeduction(lost, Text.Join(computation, scored, Text.Deducted(lost)))] : None;
        return Row("2.1.6", 2m, score, Text.Join(stated, computation, scored), deductions);
    }

    private static HandWrittenIndicator FinancialCompliance(SuixiFacts f)
    {
        var findings = f.FindingsFor("2.1.7");
        var (score, note, deductions) = Findings(6m, findings);

        // The report cites each finding's vouchers: "…，扣0.5分（例如：2022年12月60#凭证、2022年12月63#凭证）".
        if (deductions.Count > 0 && deductions.Count == findings.Count)
        {
            note = Text.Numbered([.. deductions.Select(d => $"{d.Reason}（例如：{string.Join("、", d.Evidence)}）")]);
        }

        return Row("2.1.7", 6m, score, note, deductions);
    }

    private static HandWrittenIndicator ProjectImplementationProcedure(SuixiFacts f)
    {
        var (score, note, deductions) = Checklist(
            [
                ("1", "项目或方案调整按规定履行报批手续", 1m),
                ("2", "项目招投标、建设、验收等或方案实施严格执行相关制度规定", 2m),
                ("3", "项目实施过程规范", 2m),
            ],
            f.AnswersFor("2.2.1"),
            f.FindingsFor("2.2.1"));
        return Row("2.2.1", 5m, score, note, deductions);
    }

    private static HandWrittenIndicator ProjectSupervision(SuixiFacts f)
    {
        var (score, note, deductions) = Checklist(
            [("evidence", "对主管的专项资金和专项经费开展检查、监控、督促整改，并提供检查底稿或其他材料证明", 5m)],
            f.AnswersFor("2.2.2"),
            f.FindingsFor("2.2.2"));
        return Row("2.2.2", 5m, score, note, deductions);
    }

    private static HandWrittenIndicator AssetManagementCompliance(SuixiFacts f)
    {
        var (score, note, deductions) = Checklist(
            [
                ("1", "有行政事业性国有资产管理内部管理制度", 1m),
                ("2", "按内部管理制度和相关资产管理规定执行", 1m),
                ("3", "出租、出借、处置国有资产规范，相关收入按规定及时足额上缴", 1m),
                ("4", "资产账与财务账相符", 1m),
            ],
            f.AnswersFor("2.3.1"),
            f.FindingsFor("2.3.1"));
        return Row("2.3.1", 4m, score, note, deductions);
    }

    private static HandWrittenIndicator FixedAssetUtilizationRate(SuixiFacts f)
    {
        var assets = SuixiFacts.Required(f.Assets);
        var rate = assets.InUseOriginalValue / assets.OriginalValue;
        var computation = $"固定资产利用率={Text.Yuan(assets.InUseOriginalValue)}/{Text.Yuan(assets.OriginalValue)}={Text.Percent(rate)}";
        var (points, band) = Classify(rate,
            (0.95m, true, 1m, true, 3m),
            (0.90m, true, 0.95m, false, 1m),
            (0m, true, 0.90m, false, 0m));
        var lost = 3m - points;
        HandWrittenDeduction[] deductions = lost > 0m
            ? [new HandWrittenDeduction(lost, Text.Join(computation, $"{Text.Percent(rate)} ∈ {band}，{Text.Awarded(points)}"))]
            : None;
        var note = Text.Join($"在用固定资产原值{Text.Yuan(assets.InUseOriginalValue)}元", $"固定资产原值{Text.Yuan(assets.OriginalValue)}元", computation, Text.Awarded(points));
        return Row("2.3.2", 3m, points, note, deductions);
    }
}
