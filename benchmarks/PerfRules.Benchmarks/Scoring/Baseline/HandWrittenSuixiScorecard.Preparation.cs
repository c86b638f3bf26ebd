using PerfRules.Facts;

namespace PerfRules.Benchmarks.Scoring.Baseline;

/// <summary>Indicators 1.x, 预算编制情况.</summary>
public static partial class HandWrittenSuixiScorecard
{
    private static HandWrittenIndicator BudgetPreparationReasonableness(SuixiFacts f)
    {
        var (score, note, deductions) = Checklist(
            [
                ("1", "部门预算编制、分配符合本部门职责、符合市委市政府方针政策和工作要求", 1m),
                ("2", "部门预算资金能根据年度工作重点，在不同项目、不同用途之间分配合理", 1m),
                ("3", "部门预算分配不固化，能根据实际情况合理调整", 1m),
            ],
            f.AnswersFor("1.1.1"),
            f.FindingsFor("1.1.1"));
        return Row("1.1.1", 3m, score, note, deductions);
    }

    private static HandWrittenIndicator BudgetPreparationConformity(SuixiFacts f)
    {
        var scope = SuixiFacts.Required(f.Scope);
        if (scope.ManagesTransferPayments || f.TransferPayments.Count > 0)
        {
            throw new NotSupportedException("The hand-written baseline scores 1.1.2 for departments without transfer payments only.");
        }

        // Item 3 (transfer payments issued in advance, 2 points) is not assessed: its points go evenly to items 1 and 2.
        var (score, note, deductions) = Checklist(
            [
                ("1", "按要求做实做细部门项目库工作，及时储备市级部门项目", 2m),
                ("2", "项目支出预算按要求细化到具体用款单位和具体执行项目", 2m),
            ],
            f.AnswersFor("1.1.2"),
            f.FindingsFor("1.1.2"));
        var spread = $"部门说明无主管的转移支付资金（{scope.Statement}），第3项不考核，其2分平均增加至第1项和第2项（各2分）";
        return Row("1.1.2", 4m, score, Text.Join(spread, note), deductions);
    }

    private static HandWrittenIndicator BudgetPreparationAccuracy(SuixiFacts f)
    {
        var budget = SuixiFacts.Required(f.Budget);
        if (f.Lines.Count == 0)
        {
            throw new NotSupportedException("The hand-written baseline needs the budget lines of 1.1.3.");
        }

        // Part 1: 差异率 = |final − budget| / budget; 0.5 points off for every completed 5%, at most the part's 3.
        var planned = budget.FiscalAppropriationRevenueBudget;
        var final = budget.FiscalAppropriationRevenueFinal;
        var rate = final == planned ? 0m : Math.Abs(final - planned) / planned;
        var arithmetic = final >= planned
            ? $"（{Text.WanYuan(final)}-{Text.WanYuan(planned)}）/{Text.WanYuan(planned)}"
            : $"（{Text.WanYuan(planned)}-{Text.WanYuan(final)}）/{Text.WanYuan(planned)}";
        var computation = $"差异率={arithmetic}={Text.Percent(rate)}";
        var steps = decimal.Floor(rate / 0.05m);
        var due = steps * 0.5m;
        var lost = Math.Min(due, 3m);
        var stepped = lost == 0m ? $"计{Text.Number(steps)}步，不扣分"
            : due > lost ? $"计{Text.Number(steps)}步，应扣{Text.Points(due)}分，以3分为限，{Text.Deducted(lost)}"
            : $"计{Text.Number(steps)}步，{Text.Deducted(lost)}";
        var deductions = new List<HandWrittenDeduction>();
        if (lost > 0m)
        {
            deductions.Add(new HandWrittenDeduction(lost, Text.Join(computation, stepped)));
        }

        var partOne = Text.Join(
            $"预算收入{Text.WanYuan(planned)}万元",
            $"决算收入{Text.WanYuan(final)}万元",
            computation,
            "每增加5%扣0.5分",
            lost > 0m ? Text.Deducted(lost) : Text.Awarded(3m - lost));

        // Part 2 (2 points): the count of non-policy adjustments, then each line's adjustment ratio and variance, down to 0.
        var found = new List<(decimal Points, string Reason)>();
        var adjustments = f.Lines.Count(l => l.IsNonPolicyAdjustment);
        var forCount = adjustments >= 5 ? 1m : adjustments >= 3 ? 0.5m : 0m;
        if (forCount > 0m)
        {
            found.Add((forCount, $"非统一政策原因发生的预算调整或调剂事项{adjustments}项，{Text.Deducted(forCount)}"));
        }

        foreach (var line in f.Lines.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            if (line.AdjustedBudget is { } adjusted && adjusted != line.Budget)
            {
                var ratio = Math.Abs(adjusted - line.Budget) / line.Budget;
                if (ratio >= 0.20m)
                {
                    found.Add((0.5m, LineReason(line.Name, "预算数", line.Budget, "调整后预算数", adjusted, "预算调整比例", ratio, 0.20m)));
                }
            }

            var compared = line.AdjustedBudget ?? line.Budget;
            var variance = line.Final == compared ? 0m : Math.Abs(line.Final - compared) / compared;
            if (variance >= 0.50m)
            {
                found.Add((0.5m, LineReason(line.Name, line.AdjustedBudget is null ? "预算数" : "调整后预算数", compared, "决算数", line.Final, "预决算差异率", variance, 0.50m)));
            }
        }

        var partTwo = new List<HandWrittenDeduction>();
        var left = 2m;
        foreach (var (points, reason) in found)
        {
            var taken = Math.Min(points, left);
            if (taken <= 0m)
            {
                break;
            }

            partTwo.Add(new HandWrittenDeduction(taken, taken < points ? $"{reason}（第2部分扣至0分为止，实扣{Text.Points(taken)}分）" : reason));
            left -= taken;
        }

        deductions.AddRange(partTwo);
        var partTwoNote = partTwo.Count == 0
            ? "预算调整调剂事项、调整比例及项目预决算差异均未达到扣分标准，得2分"
            : Text.Join([.. partTwo.Select(d => d.Reason), $"该部分得{Text.Points(left)}分"]);
        return Row("1.1.3", 5m, 3m - lost + left, Text.Numbered([partOne, partTwoNote]), deductions);
    }

    // "机关运行经费预算数20.88万元，决算数79.78万元，预决算差异率=（79.78-20.88）/20.88=282.09%，达到50%，扣0.5分".
    private static string LineReason(string line, string firstLabel, decimal first, string secondLabel, decimal second, string rateName, decimal rate, decimal threshold)
    {
        var arithmetic = second >= first
            ? $"（{Text.WanYuan(second)}-{Text.WanYuan(first)}）/{Text.WanYuan(first)}"
            : $"（{Text.WanYuan(first)}-{Text.WanYuan(second)}）/{Text.WanYuan(first)}";
        return $"{line}{firstLabel}{Text.WanYuan(first)}万元，{secondLabel}{Text.WanYuan(second)}万元，{rateName}={arithmetic}={Text.Percent(rate)}，达到{Text.PercentBound(threshold)}，扣0.5分";
    }

    private static HandWrittenIndicator TargetCompleteness(SuixiFacts f)
    {
        var (score, note, deductions) = Checklist(
            [
                ("1", "按要求申报项目预算绩效目标", 2m),
                ("2(1)", "部门整体绩效目标能体现部门职能和年度工作计划", 1m),
                ("2(2)", "整体绩效目标能分解成具体工作任务，对预期产出和效益进行充分、恰当的描述", 1m),
            ],
            f.AnswersFor("1.2.1"),
            f.FindingsFor("1.2.1"));
        return Row("1.2.1", 4m, score, note, deductions);
    }

    private static HandWrittenIndicator TargetSoundness(SuixiFacts f)
    {
        var (score, note, deductions) = Findings(4m, f.FindingsFor("1.2.2"));
        return Row("1.2.2", 4m, score, note, deductions);
    }
}
