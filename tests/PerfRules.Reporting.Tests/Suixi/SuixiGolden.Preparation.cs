using System.Text.Json;
using PerfRules.Facts;
using PerfRules.Results;

namespace PerfRules.Reporting.Tests.Suixi;

/// <summary>The golden facts read by indicators 1.x (budget preparation) and 2.1.x (expenditure management).</summary>
internal static partial class SuixiGolden
{
    static partial void AddBudgetPreparationAndExpenditureFacts(JsonElement facts, List<object> into)
    {
        AddBudgetExecution(facts, into);
        AddBudgetLines(facts, into);
        AddTransferPayments(facts, into);
        AddSubordinateBudgetApproval(facts, into);
        AddProcurementAndIdleFunds(facts, into);
        AddPreparationJudgements(facts, into);
        AddExpenditureJudgements(facts, into);
    }

    private static void AddBudgetExecution(JsonElement facts, List<object> into)
    {
        var final = Value(facts, "fiscalAppropriationRevenueFinal");
        into.Add(new BudgetExecution(
            FiscalAppropriationRevenueBudget: WanYuan(Value(facts, "fiscalAppropriationRevenueBudgetWanYuan")),
            FiscalAppropriationRevenueFinal: final,
            OpeningFiscalCarryOver: Value(facts, "openingFiscalCarryOver"),
            ClosingFiscalCarryOver: Value(facts, "closingFiscalCarryOver"),
            // "部门下达预算数15188214.45元 / 一般公共预算财政拨款决算数15188214.45元 (2.1.2, 2.1.3)": one figure, both roles.
            GeneralPublicBudgetAppropriation: final,
            GovernmentFundAppropriation: Value(facts, "governmentFundAppropriationFinal"),
            ActualExpenditure: Value(facts, "actualExpenditure"),
            BudgetIssuedByFinance: final));
    }

    private static void AddBudgetLines(JsonElement facts, List<object> into)
    {
        // "机关运行经费预算为20.88万（预算表6），决算支出79.78万元（决算表7）"; no adjustment is reported for it.
        var operating = facts.GetProperty("agencyOperatingExpenses");
        into.Add(new BudgetLineItem(
            "机关运行经费",
            WanYuan(operating.GetProperty("budgetWanYuan").GetDecimal()),
            null,
            WanYuan(operating.GetProperty("finalWanYuan").GetDecimal())));

        // budgetAdjustments: "nonPolicyAdjustments": "not reported (no deduction taken)", "itemsAdjustedBy20PercentOrMore": 0.
        // No line is flagged as a non-policy adjustment and none carries an adjusted budget, which is what those say.
        var adjustments = facts.GetProperty("budgetAdjustments");
        if (adjustments.GetProperty("itemsAdjustedBy20PercentOrMore").GetInt32() != 0)
        {
            throw new InvalidDataException("The golden file now reports budget lines adjusted by 20% or more: build them.");
        }
    }

    private static void AddTransferPayments(JsonElement facts, List<object> into)
    {
        // "县人社局 2022 年度没有主管的转移支付资金": the department's statement, hence the declaration, not just an empty list.
        var transfers = facts.GetProperty("transferPayments");
        if (transfers.GetProperty("managed").GetArrayLength() != 0)
        {
            throw new InvalidDataException("The golden file now lists managed transfer payments: build TransferPayment facts from them.");
        }

        into.Add(new TransferPaymentScope(false, transfers.GetProperty("source").GetString()));
    }

    private static void AddSubordinateBudgetApproval(JsonElement facts, List<object> into)
    {
        // "能在接到财政部门批复的本部门预算后 15 日内向所属各单位批复预算 (dates not given)": a stated outcome, no dates.
        var approval = facts.GetProperty("subordinateBudgetApproval");
        into.Add(new SubordinateBudgetApproval(
            approval.GetProperty("withinDays").GetInt32(),
            HasSubordinateUnits: true,
            IsApproved: true,
            StatedOnTime: approval.GetProperty("onTime").GetBoolean()));
    }

    private static void AddProcurementAndIdleFunds(JsonElement facts, List<object> into)
    {
        var procurement = facts.GetProperty("procurement");
        into.Add(new Procurement(WanYuan(procurement.GetProperty("plannedWanYuan").GetDecimal()), procurement.GetProperty("actual").GetDecimal()));

        var idle = facts.GetProperty("idleTreasuryFunds");
        into.Add(new IdleTreasuryFunds(2021, idle.GetProperty("yearEnd2021").GetDecimal()));
        into.Add(new IdleTreasuryFunds(2022, idle.GetProperty("yearEnd2022").GetDecimal()));
    }

    private static void AddPreparationJudgements(JsonElement facts, List<object> into)
    {
        // 1.1.1 verifiedNote: "All three items met (report section 二(一)1(1))."
        into.Add(new ChecklistAnswer("1.1.1", "1", true, "县人社局2022年初预算的编制、分配符合本部门职责及县委县政府方针政策和工作要求"));
        into.Add(new ChecklistAnswer("1.1.1", "2", true, "部门预算资金能根据年度工作重点，在不同项目、不同用途之间分配"));
        into.Add(new ChecklistAnswer("1.1.1", "3", true, "报告未单独述及，满分即表示符合"));

        // 1.1.2 verifiedNote: "No transfer payments, so items (1) and (2) are worth 2 each; both met."
        into.Add(new ChecklistAnswer("1.1.2", "1", true, "能按要求做实做细部门项目库工作，及时储备县级部门项目"));
        into.Add(new ChecklistAnswer("1.1.2", "2", true));

        // 1.2.1 verifiedNote: "All met."
        into.Add(new ChecklistAnswer("1.2.1", "1", true, "已按规定设置2022年度项目预算绩效目标"));
        into.Add(new ChecklistAnswer("1.2.1", "2(1)", true, "已按规定设置2022年度部门整体支出绩效目标"));
        into.Add(new ChecklistAnswer("1.2.1", "2(2)", true, "对预期产出和效益进行了描述"));

        // 1.2.2 verifiedNote: "社会效益指标均未设置，扣2分。"
        foreach (var deduction in facts.GetProperty("judgedDeductions").EnumerateArray().Where(d => d.GetProperty("indicator").GetString() == "1.2.2"))
        {
            into.Add(new EvaluatorFinding("1.2.2", deduction.GetProperty("points").GetDecimal(), new LocalizedText(deduction.GetProperty("reason").GetString()!)));
        }
    }

    private static void AddExpenditureJudgements(JsonElement facts, List<object> into)
    {
        // 2.1.1 verifiedNote: "Finance, budget, internal-control report, procurement and asset rules exist." (the body names them).
        into.Add(new ChecklistAnswer("2.1.1", "1", true,
            "《遂溪县人社局财务管理制度》《遂溪县人社局预算管理制度》《遂溪县人社局内部控制报告管理制度》《遂溪县人社局政府采购管理制度》《遂溪县人社局资产管理制度》"));

        foreach (var finding in facts.GetProperty("financialFindings").EnumerateArray())
        {
            into.Add(new EvaluatorFinding(
                "2.1.7",
                finding.GetProperty("deduction").GetDecimal(),
                new LocalizedText(finding.GetProperty("finding").GetString()!),
                finding.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()!)));
        }
    }

    private static decimal Value(JsonElement facts, string name) => facts.GetProperty(name).GetProperty("value").GetDecimal();
}
