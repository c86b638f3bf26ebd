using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Reporting.Layout;

/// <summary>
/// The fixed words of the report in one language: the Chinese ones are the scoring table's own (整体绩效评价指标评分表,
/// 一级指标, 评分标准, 自评得分, 核查得分, 评分说明 …).
/// </summary>
internal sealed class ReportLabels
{
    public static readonly ReportLabels Chinese = new(Language.Chinese);

    public static readonly ReportLabels English = new(Language.English);

    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private readonly bool _zh;

    private ReportLabels(Language language)
    {
        Language = language;
        _zh = language == Language.Chinese;
    }

    public Language Language { get; }

    /// <summary>The value of the HTML <c>lang</c> attribute.</summary>
    public string HtmlLanguage => _zh ? "zh-CN" : "en";

    public string Title => _zh ? "整体绩效评价指标评分表" : "Whole-department performance evaluation scoring table";

    public string Department => _zh ? "单位名称" : "Department";

    public string FiscalYear => _zh ? "评价年度" : "Fiscal year";

    public string EvaluationDate => _zh ? "评价日期" : "Evaluation date";

    public string RuleSet => _zh ? "规则集" : "Rule set";

    public string Name => _zh ? "名称" : "Name";

    public string Weight => _zh ? "权重" : "Weight";

    public string Criteria => _zh ? "评分标准" : "Scoring criteria";

    public string SelfScore => _zh ? "自评得分" : "Self score";

    public string Score => _zh ? "核查得分" : "Verified score";

    public string Notes => _zh ? "评分说明" : "Scoring notes";

    public string TotalRow => _zh ? "合计" : "Total";

    public string TableSheet => _zh ? "评分表" : "Scoring table";

    public string SummarySheet => _zh ? "汇总" : "Summary";

    public string SummaryTitle => _zh ? "汇总" : "Summary";

    public string Total => _zh ? "总分" : "Total score";

    public string Grade => _zh ? "等级" : "Grade";

    public string NotDetermined => _zh ? "未得出" : "none";

    public string Maximum => _zh ? "满分" : "Maximum score";

    public string ApplicablePoints => _zh ? "适用分值" : "Points that applied";

    public string SelfTotal => _zh ? "自评总分" : "Self-assessed total";

    public string LeafSum => _zh ? "末级指标得分合计" : "Sum of leaf scores";

    public string LevelOneSum => _zh ? "一级指标得分合计" : "Sum of level-1 scores";

    public string Conversion => _zh ? "换算得分" : "Converted score";

    public string Adjustments => _zh ? "加减分" : "Bonus and penalty";

    public string Reconciliation => _zh ? "核对结果" : "Reconciliation";

    public string Balanced => _zh ? "相符：末级指标得分、一级指标得分与总分一致" : "balanced: leaf scores, level-1 scores and the total agree";

    public string Unbalanced => _zh ? "不相符：请核对各级指标得分" : "does not balance: check the indicator scores";

    public string Rounding => _zh ? "取舍规则" : "Rounding";

    public string DeductionsTitle => _zh ? "扣分最多的项目" : "Largest deductions";

    public string Rank => _zh ? "排名" : "Rank";

    public string Indicator => _zh ? "指标" : "Indicator";

    public string Points => _zh ? "扣分" : "Points";

    public string Reason => _zh ? "原因" : "Reason";

    public string NoDeductions => _zh ? "无扣分。" : "No points were deducted.";

    public string ProblemsTitle => _zh ? "数据问题" : "Input problems";

    public string Item => _zh ? "项目" : "Item";

    public string Value => _zh ? "结果" : "Value";

    public string Details => _zh ? "说明" : "Details";

    /// <summary>The header of indicator column <paramref name="level"/>: 一级指标, 二级指标 …</summary>
    public string LevelColumn(int level) =>
        _zh
            ? (level <= ChineseNumerals.Length ? ChineseNumerals[level - 1] : level.ToString(System.Globalization.CultureInfo.InvariantCulture)) + "级指标"
            : $"Level {level} indicator";

    /// <summary>What stands in the score column of an indicator that has no score.</summary>
    public string Status(IndicatorOutcome outcome) => outcome switch
    {
        IndicatorOutcome.NotApplicable => _zh ? "不适用" : "n/a",
        IndicatorOutcome.MissingData => _zh ? "未计分（缺数据）" : "missing data",
        IndicatorOutcome.Error => _zh ? "未计分（数据有误）" : "invalid data",
        _ => _zh ? "未计分" : "not scored",
    };

    /// <summary>The weight, with its name: "支出完成率（4）" / "Completion rate (4)".</summary>
    public string NameWithWeight(string? code, string name, decimal weight)
    {
        var prefix = code is null ? "" : code + " ";
        return _zh ? $"{prefix}{name}（{ReportFormat.Number(weight)}）" : $"{prefix}{name} ({ReportFormat.Number(weight)})";
    }

    public string Reallocated(decimal weight, decimal effectiveWeight) =>
        _zh
            ? $"分值由{ReportFormat.Number(weight)}分调整为{ReportFormat.Number(effectiveWeight)}分"
            : $"Points reallocated: {ReportFormat.Number(weight)} → {ReportFormat.Number(effectiveWeight)}";

    /// <summary>A deduction in the notes column: "扣0.5分（评价认定）：原因；依据：2022年12月60#凭证".</summary>
    public string Deduction(Deduction deduction)
    {
        var points = ReportFormat.Points(deduction.Points);
        var kind = deduction.Kind == DeductionKind.Judged ? (_zh ? "评价认定" : "judged") : (_zh ? "规则计算" : "computed");
        var head = _zh ? $"扣{points}分（{kind}）：" : $"−{points} ({kind}): ";
        return head + ReasonWithEvidence(deduction);
    }

    /// <summary>A deduction's reason followed by its evidence, if any.</summary>
    public string ReasonWithEvidence(Deduction deduction)
    {
        var reason = deduction.Reason.Get(Language);
        if (deduction.Evidence.Count == 0)
        {
            return reason;
        }

        return _zh
            ? $"{reason}；依据：{string.Join("；", deduction.Evidence)}"
            : $"{reason}; evidence: {string.Join("; ", deduction.Evidence)}";
    }

    /// <summary>An input problem: "数据问题：BudgetExecution.ActualExpenditure：…".</summary>
    public string Problem(FactProblem problem, bool withIndicator)
    {
        var indicator = withIndicator && problem.IndicatorCode is { } code ? $"[{code}] " : "";
        return _zh
            ? $"{indicator}数据问题：{problem.FactType}.{problem.Field}：{problem.Message.Get(Language)}"
            : $"{indicator}Input problem: {problem.FactType}.{problem.Field}: {problem.Message.Get(Language)}";
    }

    public string Incomplete(int unscored) =>
        _zh
            ? $"评价不完整：{unscored}个末级指标因缺少数据或数据有误未计分，总分与等级未得出。"
            : $"The evaluation is incomplete: {unscored} leaf indicator(s) could not be scored for missing or invalid data, so there is no total or grade.";

    public string ProblemsFound(int count) =>
        _zh ? $"输入数据有{count}个问题，见“数据问题”。" : $"The input has {count} problem(s): see \"Input problems\".";

    public string ConversionWorking(decimal raw, decimal applied, decimal scale, decimal score) =>
        $"{ReportFormat.Points(raw)} ÷ {ReportFormat.Number(applied)} × {ReportFormat.Number(scale)} = {ReportFormat.Points(score)}";

    public string Adjustment(Scoring.AdjustmentResult adjustment)
    {
        if (adjustment.BonusItems == 0 && adjustment.PenaltyItems == 0)
        {
            return _zh ? "无加减分项" : "no bonus or penalty items";
        }

        var bonusCap = adjustment.RawBonus != adjustment.Bonus
            ? (_zh ? $"，封顶前{ReportFormat.Points(adjustment.RawBonus)}分" : $", {ReportFormat.Points(adjustment.RawBonus)} before the cap")
            : "";
        var penaltyCap = adjustment.RawPenalty != adjustment.Penalty
            ? (_zh ? $"，封顶前{ReportFormat.Points(adjustment.RawPenalty)}分" : $", {ReportFormat.Points(adjustment.RawPenalty)} before the cap")
            : "";
        var bounded = adjustment.UnclampedTotal != adjustment.TotalAfter
            ? (_zh ? $"（未限定前{ReportFormat.Points(adjustment.UnclampedTotal)}分）" : $" ({ReportFormat.Points(adjustment.UnclampedTotal)} before the total's bounds)")
            : "";
        List<string> parts = [];
        if (adjustment.BonusItems > 0)
        {
            parts.Add(_zh
                ? $"加{ReportFormat.Points(adjustment.Bonus)}分（{adjustment.BonusItems}项{bonusCap}）"
                : $"+{ReportFormat.Points(adjustment.Bonus)} ({adjustment.BonusItems} item(s){bonusCap})");
        }

        if (adjustment.PenaltyItems > 0)
        {
            parts.Add(_zh
                ? $"减{ReportFormat.Points(adjustment.Penalty)}分（{adjustment.PenaltyItems}项{penaltyCap}）"
                : $"−{ReportFormat.Points(adjustment.Penalty)} ({adjustment.PenaltyItems} item(s){penaltyCap})");
        }

        return _zh
            ? $"{string.Join("，", parts)}；调整前{ReportFormat.Points(adjustment.TotalBefore)}分，调整后{ReportFormat.Points(adjustment.TotalAfter)}分{bounded}"
            : $"{string.Join(", ", parts)}; {ReportFormat.Points(adjustment.TotalBefore)} before, {ReportFormat.Points(adjustment.TotalAfter)} after{bounded}";
    }

    public string DeductionsShown(int shown, int all) =>
        _zh ? $"共{all}项扣分，列出扣分最多的{shown}项。" : $"{all} deductions in all; the {shown} largest are listed.";
}
