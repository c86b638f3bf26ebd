using FsCheck;
using FsCheck.Fluent;
using PerfRules.Facts;
using PerfRules.Results;
using static PerfRules.Testing.Generators.Magnitudes;

namespace PerfRules.Testing.Generators;

/// <summary>
/// An FsCheck generator for every fact type of <c>PerfRules.Facts</c>, named after the type, with realistic magnitudes
/// (amounts in yuan with cents up to a billion) and consistent fields: in-use fixed assets never exceed all fixed
/// assets, a publication never precedes its approval, carry-over obeys the fiscal identity (closing = opening +
/// appropriation − expenditure), answered cases never exceed cases. Every fact generated passes its own
/// <see cref="IFact.Validate"/>. <see cref="FactArbitraries"/> wraps each as an <see cref="Arbitrary{T}"/>.
/// </summary>
/// <remarks>
/// A complete department for an arbitrary rule set cannot be invented (rule sets read different facts): to property-test
/// a rule set, give <see cref="RuleSetProperties"/> a baseline fact set and let it vary that. These generators serve
/// properties of single facts and of building blocks, and rule sets' own tests. Thread-safe.
/// </remarks>
public static class FactGenerators
{
    private static readonly string[] Departments = ["遂溪县人力资源和社会保障局", "遂溪县财政局", "徐水区人力资源和社会保障局", "遂溪县教育局", "遂溪县卫生健康局"];
    private static readonly string[] Items = ["机关运行经费", "就业补助资金", "社会保险经办经费", "职业技能培训补贴", "人才引进专项", "信息化建设项目"];
    private static readonly string[] Issuers = ["国务院", "广东省人民政府", "湛江市人民政府", "中共湛江市委", "人力资源社会保障部"];

    /// <summary>A <see cref="Facts.EvaluationContext"/>: a department, its county and province, a fiscal year from 2015 to 2029 and an evaluation date in the following year or the one after.</summary>
    /// <returns>The generator.</returns>
    public static Gen<EvaluationContext> EvaluationContext() =>
        from department in Gen.Elements(Departments)
        from year in Gen.Choose(FirstDate.Year, LastDate.Year - 1)
        from evaluated in DateBetween(new DateOnly(year + 1, 1, 1), new DateOnly(Math.Min(year + 2, LastDate.Year), 12, 31))
        from evaluator in Gen.Elements<string?>(null, "湛江润泰会计师事务所(普通合伙)", "第三方评价机构")
        select new EvaluationContext(department, "遂溪县", "广东省", year, evaluated, evaluator);

    /// <summary>
    /// A <see cref="Facts.BudgetExecution"/> that adds up: funds available (opening carry-over + appropriations) are
    /// spent 50% to 100%, and the closing carry-over is what is left, to the cent.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<BudgetExecution> BudgetExecution() =>
        from opening in AmountUpTo(MaxAmount / 10m)
        from general in AmountUpTo(MaxAmount / 2m)
        from fund in Gen.Frequency((3, Gen.Constant(0m)), (1, AmountUpTo(MaxAmount / 10m)))
        from spent in ShareOf(opening + general + fund, 0.5m, 1m)
        from budgeted in ShareOf(general + fund, 0.4m, 1.6m)
        select new BudgetExecution(
            FiscalAppropriationRevenueBudget: budgeted,
            FiscalAppropriationRevenueFinal: general + fund,
            OpeningFiscalCarryOver: opening,
            ClosingFiscalCarryOver: opening + general + fund - spent,
            GeneralPublicBudgetAppropriation: general,
            GovernmentFundAppropriation: fund,
            ActualExpenditure: spent,
            BudgetIssuedByFinance: general + fund);

    /// <summary>A <see cref="Facts.BudgetLineItem"/>: a named line whose final figure is 0% to 300% of its budget, sometimes adjusted.</summary>
    /// <returns>The generator.</returns>
    public static Gen<BudgetLineItem> BudgetLineItem() =>
        from name in Gen.Elements(Items)
        from budget in AmountUpTo(MaxAmount / 100m)
        from adjusted in Gen.Frequency((3, Gen.Constant<decimal?>(null)), (1, ShareOf(budget, 0.5m, 1.5m).Select(a => (decimal?)a)))
        from final in ShareOf(adjusted ?? budget, 0m, 3m)
        from nonPolicy in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new BudgetLineItem(name, budget, adjusted, final, nonPolicy);

    /// <summary>A <see cref="Facts.OperatingExpenses"/>: a budget, sometimes adjusted, and a final figure 50% to 400% of it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<OperatingExpenses> OperatingExpenses() =>
        from budget in AmountUpTo(MaxAmount / 100m)
        from adjusted in Gen.Frequency((3, Gen.Constant<decimal?>(null)), (1, ShareOf(budget, 0.8m, 1.5m).Select(a => (decimal?)a)))
        from final in ShareOf(adjusted ?? budget, 0.5m, 4m)
        select new OperatingExpenses(budget, adjusted, final);

    /// <summary>A <see cref="Facts.ThreePublicExpenses"/>: amounts (actual 50% to 120% of budget), or only the statement whether it stayed within budget.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ThreePublicExpenses> ThreePublicExpenses() =>
        Gen.Frequency(
            (3, from budget in AmountUpTo(MaxAmount / 1000m)
                from actual in ShareOf(budget, 0.5m, 1.2m)
                select new ThreePublicExpenses(budget, actual)),
            (1, Flag().Select(within => new ThreePublicExpenses(null, null, within))));

    /// <summary>An <see cref="Facts.IdleTreasuryFunds"/>: a year end and the idle funds then, often none.</summary>
    /// <returns>The generator.</returns>
    public static Gen<IdleTreasuryFunds> IdleTreasuryFunds() =>
        from year in Gen.Choose(FirstDate.Year, LastDate.Year)
        from amount in Gen.Frequency((1, Gen.Constant(0m)), (1, AmountUpTo(MaxAmount / 100m)))
        select new IdleTreasuryFunds(year, amount);

    /// <summary>A <see cref="Facts.Procurement"/>: a plan and the actual procurement, 0% to 130% of it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Procurement> Procurement() =>
        from planned in AmountUpTo(MaxAmount / 100m)
        from actual in ShareOf(planned, 0m, 1.3m)
        select new Procurement(planned, actual);

    /// <summary>A <see cref="Facts.FixedAssets"/> with the assets in use 50% to 100% of all assets.</summary>
    /// <returns>The generator.</returns>
    public static Gen<FixedAssets> FixedAssets() =>
        from original in AmountUpTo(MaxAmount / 10m)
        from inUse in ShareOf(original, 0.5m, 1m)
        select new FixedAssets(original, Math.Min(original, inUse));

    /// <summary>A <see cref="Facts.TransferPayment"/>: an amount, a due date and an issue date up to 30 days either side of it.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TransferPayment> TransferPayment() =>
        from name in Gen.Elements(Items)
        from amount in AmountUpTo(MaxAmount / 100m)
        from kind in Gen.Elements(Enum.GetValues<TransferPaymentKind>())
        from due in Date()
        from issued in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (6, DaysAfter(due, -30, 30).Select(d => (DateOnly?)d)))
        from document in DocumentNumber()
        select new TransferPayment(name, amount, kind, due, issued, document);

    /// <summary>A <see cref="Facts.TransferPaymentScope"/>: whether the department manages transfer payments, with the department's note when it does not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TransferPaymentScope> TransferPaymentScope() =>
        Gen.Elements(
            new TransferPaymentScope(true),
            new TransferPaymentScope(false, "本部门无主管的转移支付资金"));

    /// <summary>A <see cref="Facts.SubordinateBudgetApproval"/>: approved within 0 to 30 days of receiving the department's approval, late or not at all, or stated only.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SubordinateBudgetApproval> SubordinateBudgetApproval() =>
        Gen.Frequency(
            (1, Gen.Constant(new SubordinateBudgetApproval(15, HasSubordinateUnits: false, IsApproved: false))),
            (1, Gen.Constant(new SubordinateBudgetApproval(15, HasSubordinateUnits: true, IsApproved: false))),
            (1, Flag().Select(onTime => new SubordinateBudgetApproval(15, true, true, StatedOnTime: onTime))),
            (4, from received in Date()
                from approved in DaysAfter(received, 0, 30)
                select new SubordinateBudgetApproval(15, true, true, received, approved)));

    /// <summary>
    /// A <see cref="Facts.Disclosure"/>: approved, then published 0 to 40 days later (or not at all), with a limit of
    /// 20 days after approval, a fixed deadline, or neither, and any inspection finding.
    /// </summary>
    /// <returns>The generator.</returns>
    public static Gen<Disclosure> Disclosure() =>
        from kind in Gen.Elements(Enum.GetValues<DisclosureKind>())
        from approved in Date()
        from published in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (8, DaysAfter(approved, 0, 40).Select(d => (DateOnly?)d)))
        from limit in Gen.Choose(0, 2)
        from deadline in DaysAfter(approved, 10, 60)
        from inspection in Gen.Elements(Enum.GetValues<DisclosureInspection>())
        from document in DocumentNumber()
        select new Disclosure(
            kind,
            approved,
            document,
            published,
            DayLimit: limit == 1 ? 20 : null,
            Deadline: limit == 2 ? deadline : null,
            Inspection: inspection,
            Url: published is null ? null : "https://www.suixi.gov.cn/zwgk/czxx/content/post_1808263.html");

    /// <summary>A <see cref="Facts.SelfEvaluationGroup"/>: formed on some date, 1 to 15 members, the roles listed for a few of them.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SelfEvaluationGroup> SelfEvaluationGroup() =>
        from formed in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (6, Date().Select(d => (DateOnly?)d)))
        from members in Gen.Choose(1, 15)
        from flags in Flag().Three()
        from roles in Gen.SubListOf("组长", "副组长", "财务人员", "业务人员", "联络员")
        select new SelfEvaluationGroup(formed, members, flags.Item1, flags.Item2, flags.Item3, roles.Take(members));

    /// <summary>A <see cref="Facts.SelfEvaluationSubmission"/>: a deadline and a submission 10 days before to 10 days after it, or none.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SelfEvaluationSubmission> SelfEvaluationSubmission() =>
        from deadline in Date()
        from submitted in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (8, DaysAfter(deadline, -10, 10).Select(d => (DateOnly?)d)))
        select new SelfEvaluationSubmission(deadline, submitted);

    /// <summary>A <see cref="Facts.TargetAchievement"/>: 0 to 50 planned targets, some achieved.</summary>
    /// <returns>The generator.</returns>
    public static Gen<TargetAchievement> TargetAchievement() =>
        from scope in Gen.Elements(Enum.GetValues<TargetScope>())
        from planned in Count(50)
        from achieved in Gen.Choose(0, planned)
        select new TargetAchievement(scope, planned, achieved);

    /// <summary>A <see cref="Facts.ProjectTimeliness"/>: 0 to 80 budgeted projects, some completed on time.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ProjectTimeliness> ProjectTimeliness() =>
        from budgeted in Count(80)
        from onTime in Gen.Choose(0, budgeted)
        select new ProjectTimeliness(budgeted, onTime);

    /// <summary>A <see cref="Facts.PetitionHandling"/>: up to 500 cases and, sometimes, hotline tickets, each partly answered in time.</summary>
    /// <returns>The generator.</returns>
    public static Gen<PetitionHandling> PetitionHandling() =>
        from channels in Flag()
        from cases in Count()
        from answered in Gen.Choose(0, cases)
        from hasHotline in Flag()
        from tickets in Count(2000)
        from onTime in Gen.Choose(0, tickets)
        select hasHotline
            ? new PetitionHandling(channels, cases, answered, tickets, onTime)
            : new PetitionHandling(channels, cases, answered);

    /// <summary>An <see cref="Facts.ExternalAssessment"/> (考核结果): a score out of 100, or a tier such as 二等奖 with or without its equivalent score.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ExternalAssessment> ExternalAssessment() =>
        from name in Gen.Elements("“四个全面”绩效考核", "乡村振兴战略实绩考核", "营商环境评价", "政务服务考核")
        from byScore in Flag()
        from score in Gen.Choose(0, 1000).Select(n => n / 10m)
        from tier in Gen.Elements(("一等奖", 95m), ("二等奖", 85m), ("三等奖", 75m), ("优秀", 90m), ("良好", 80m))
        from withEquivalent in Flag()
        select byScore
            ? new ExternalAssessment(name, score)
            : new ExternalAssessment(name, null, tier.Item1, withEquivalent ? tier.Item2 : null);

    /// <summary>An <see cref="Facts.EvaluatorFinding"/>: a judged deduction of 0.25 to 2 points on some indicator, citing one to three vouchers.</summary>
    /// <returns>The generator.</returns>
    public static Gen<EvaluatorFinding> EvaluatorFinding() =>
        from code in IndicatorCode()
        from quarters in Gen.Choose(1, 8)
        from reason in Gen.Elements("部分支出未附合同", "公务接待未附公函", "资产未定期盘点", "个别凭证附件不全")
        from evidence in Voucher().ListOf(3).Select(v => v.Take(1 + (quarters % 3)).ToList())
        select new EvaluatorFinding(code, quarters * 0.25m, new LocalizedText(reason), evidence);

    /// <summary>A <see cref="Facts.ChecklistAnswer"/>: an item of a checklist indicator, met or not.</summary>
    /// <returns>The generator.</returns>
    public static Gen<ChecklistAnswer> ChecklistAnswer() =>
        from code in IndicatorCode()
        from item in Gen.Elements("预算编制符合部门职责", "资金分配合理", "预算分配不固化", "制度健全")
        from met in Flag()
        select new ChecklistAnswer(code, item, met, met ? null : "未提供佐证材料");

    /// <summary>A <see cref="Facts.SelfAssessedScore"/>: the department's own score for an indicator, 0 to 10 with two decimals.</summary>
    /// <returns>The generator.</returns>
    public static Gen<SelfAssessedScore> SelfAssessedScore() =>
        from code in IndicatorCode()
        from hundredths in Gen.Choose(0, 1000)
        select new SelfAssessedScore(code, hundredths / 100m);

    /// <summary>A <see cref="Facts.StatedRate"/>: a rate the report states without figures, 0% to 100%.</summary>
    /// <returns>The generator.</returns>
    public static Gen<StatedRate> StatedRate() =>
        from code in IndicatorCode()
        from part in Gen.Elements("部门整体绩效目标", "项目绩效目标")
        from rate in Rate()
        select new StatedRate(code, part, rate, $"完成率{rate:P2}");

    /// <summary>A <see cref="Facts.Commendation"/> (表彰) by a central, provincial or municipal authority.</summary>
    /// <returns>The generator.</returns>
    public static Gen<Commendation> Commendation() =>
        from work in Gen.Elements("就业创业工作", "根治欠薪工作", "技能人才培养")
        from issuer in Gen.Elements(Issuers)
        from awarded in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, Date().Select(d => (DateOnly?)d)))
        from document in DocumentNumber()
        select new Commendation(work, issuer, awarded, document);

    /// <summary>An <see cref="Facts.AccountabilityFinding"/> (问责) from an inspection, audit or supervision.</summary>
    /// <returns>The generator.</returns>
    public static Gen<AccountabilityFinding> AccountabilityFinding() =>
        from problem in Gen.Elements("违规发放津贴补贴", "专项资金挪用", "政府采购程序不规范")
        from source in Gen.Elements("国务院大督查", "人大审计", "纪检监察")
        from found in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, Date().Select(d => (DateOnly?)d)))
        select new AccountabilityFinding(problem, source, found);

    /// <summary>Any one fact of <c>PerfRules.Facts</c>, each type equally likely.</summary>
    /// <returns>The generator.</returns>
    public static Gen<IFact> AnyFact() =>
        Gen.OneOf(
            EvaluationContext().Select(f => (IFact)f),
            BudgetExecution().Select(f => (IFact)f),
            BudgetLineItem().Select(f => (IFact)f),
            OperatingExpenses().Select(f => (IFact)f),
            ThreePublicExpenses().Select(f => (IFact)f),
            IdleTreasuryFunds().Select(f => (IFact)f),
            Procurement().Select(f => (IFact)f),
            FixedAssets().Select(f => (IFact)f),
            TransferPayment().Select(f => (IFact)f),
            TransferPaymentScope().Select(f => (IFact)f),
            SubordinateBudgetApproval().Select(f => (IFact)f),
            Disclosure().Select(f => (IFact)f),
            SelfEvaluationGroup().Select(f => (IFact)f),
            SelfEvaluationSubmission().Select(f => (IFact)f),
            TargetAchievement().Select(f => (IFact)f),
            ProjectTimeliness().Select(f => (IFact)f),
            PetitionHandling().Select(f => (IFact)f),
            ExternalAssessment().Select(f => (IFact)f),
            EvaluatorFinding().Select(f => (IFact)f),
            ChecklistAnswer().Select(f => (IFact)f),
            SelfAssessedScore().Select(f => (IFact)f),
            StatedRate().Select(f => (IFact)f),
            Commendation().Select(f => (IFact)f),
            AccountabilityFinding().Select(f => (IFact)f));

    private static Gen<bool> Flag() => Gen.Elements(false, true);
}
