using System.Text.Json;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSets.GuangdongSuixi2022;

namespace PerfRules.Reporting.Tests.Suixi;

/// <summary>The golden facts read by indicators 2.2.x to 4.x.</summary>
internal static partial class SuixiGolden
{
    static partial void AddManagementOversightAndEffectFacts(JsonElement facts, List<object> into)
    {
        AddProjectManagement(facts, into);
        AddAssets(facts, into);
        AddDisclosures(facts, into);
        AddSelfEvaluation(facts, into);
        AddEconomy(facts, into);
        AddEfficiency(facts, into);
        AddEffectAndFairness(facts, into);
    }

    /// <summary>The final-accounts disclosure as the report prints it: published 2022-09-15, before its approval.</summary>
    public static Disclosure PrintedFinalAccountsDisclosure()
    {
        var printed = Root.GetProperty("facts").GetProperty("disclosures").EnumerateArray()
            .Single(d => d.GetProperty("kind").GetString() == "finalAccounts");
        return ToDisclosure(printed, DisclosureKind.FinalAccounts) with { PublishedOn = Date(printed.GetProperty("printedPublishedOn")) };
    }

    private static void AddProjectManagement(JsonElement facts, List<object> into)
    {
        var sampled = string.Join("；", facts.GetProperty("projects").GetProperty("sampled").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}（到位{p.GetProperty("fundsReceived").GetDecimal()}元，支出{p.GetProperty("spent").GetDecimal()}元）"));

        // 2.2.1 verifiedNote: "On-site checks of two projects found procedures followed." (verified 5 of 5: every item met).
        foreach (var item in new[] { "1", "2", "3" })
        {
            into.Add(new ChecklistAnswer("2.2.1", item, true, $"现场抽查项目：{sampled}"));
        }

        // 2.2.2 verifiedNote: "经现场核查，该项目已实施监管相关程序 (both projects)."
        into.Add(new ChecklistAnswer("2.2.2", ProjectSupervision.EvidenceItem, true, $"经现场核查，抽查项目均已实施监管相关程序：{sampled}"));
    }

    private static void AddAssets(JsonElement facts, List<object> into)
    {
        var assets = facts.GetProperty("fixedAssets");
        into.Add(new FixedAssets(assets.GetProperty("originalValue").GetDecimal(), assets.GetProperty("inUseOriginalValue").GetDecimal()));

        // 2.3.1 verifiedNote: "Rules exist but assets were not counted periodically (未能按照规定定期对单位资产实施盘点程序): 0.5
        // deducted." Items 1, 3 and 4 are met; item 2 is partly met, so it is answered met and its lost half is the finding.
        into.Add(new ChecklistAnswer("2.3.1", "1", true, "已制定单位内部资产管理制度"));
        into.Add(new ChecklistAnswer("2.3.1", "2", true, "部分符合：未能按照规定定期对单位资产实施盘点程序（酌情扣分见评价发现）"));
        into.Add(new ChecklistAnswer("2.3.1", "3", true));
        into.Add(new ChecklistAnswer("2.3.1", "4", true));
        AddJudgedDeductions(facts, "2.3.1", into);
    }

    private static void AddDisclosures(JsonElement facts, List<object> into)
    {
        foreach (var disclosure in facts.GetProperty("disclosures").EnumerateArray())
        {
            switch (disclosure.GetProperty("kind").GetString())
            {
                case "budget":
                    into.Add(ToDisclosure(disclosure, DisclosureKind.Budget));
                    break;
                case "finalAccounts":
                    into.Add(ToDisclosure(disclosure, DisclosureKind.FinalAccounts));
                    break;
                case "performanceTargets":
                    if (disclosure.GetProperty("published").GetBoolean())
                    {
                        throw new InvalidDataException("The golden file says the performance targets were published, with no date.");
                    }

                    into.Add(new Disclosure(DisclosureKind.PerformanceTargets, null, null, null));
                    break;
                case "selfEvaluation":
                    into.Add(new Disclosure(DisclosureKind.SelfEvaluation, null, null, Date(disclosure.GetProperty("publishedOn")),
                        Deadline: Date(disclosure.GetProperty("deadline"))));

                    // 3.1.3 verifiedNote: "根据要求，应于2023年4月30日前公开，实际于2023年5月5日，扣1分。" Only the lateness
                    // is faulted, so the content is answered complete and in scope.
                    into.Add(new ChecklistAnswer("3.1.3", SelfEvaluationDisclosure.ContentItem, true));
                    break;
                default:
                    throw new InvalidDataException($"Unknown disclosure kind {disclosure.GetProperty("kind").GetString()}.");
            }
        }
    }

    private static Disclosure ToDisclosure(JsonElement disclosure, DisclosureKind kind) => new(
        kind,
        Date(disclosure.GetProperty("approvedOn")),
        disclosure.GetProperty("approvalDoc").GetString(),
        Date(disclosure.GetProperty("publishedOn")),
        DayLimit: disclosure.GetProperty("limitDays").GetInt32(),
        Inspection: disclosure.GetProperty("inspectionProblems").GetString() == "none"
            ? DisclosureInspection.NoProblem
            : throw new InvalidDataException("The golden file records an inspection problem this reader does not know."));

    private static void AddSelfEvaluation(JsonElement facts, List<object> into)
    {
        var group = facts.GetProperty("selfEvaluationGroup");
        var roles = group.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToList();

        // 3.2.1 verifiedNote: "Formed 2023-04-20 with 4 members: a party-group member as leader, the office director, the
        // cashier and the accountant." The leader leads; the cashier and accountant are finance staff; the office director
        // is counted as business staff (specification 3.2.1: the report calls the structure reasonable).
        into.Add(new SelfEvaluationGroup(
            Date(group.GetProperty("formedOn")),
            group.GetProperty("members").GetInt32(),
            hasLeader: roles.Any(r => r.StartsWith("leader", StringComparison.Ordinal)),
            hasFinanceStaff: roles.Any(r => r is "cashier" or "accountant"),
            hasBusinessStaff: roles.Contains("office director"),
            roles));

        var submission = facts.GetProperty("selfEvaluationSubmission");
        into.Add(new SelfEvaluationSubmission(Date(submission.GetProperty("deadline")), Date(submission.GetProperty("submittedOn"))));

        var quality = facts.GetProperty("selfEvaluationQualityDeduction");
        into.Add(new EvaluatorFinding("3.2.3", quality.GetProperty("points").GetDecimal(), new LocalizedText(quality.GetProperty("reason").GetString()!)));
    }

    private static void AddEconomy(JsonElement facts, List<object> into)
    {
        // "the same figures are used as 公用经费 in 4.1.1": 1.1.3 reads them as a BudgetLineItem (机关运行经费); 4.1.1 reads an
        // OperatingExpenses fact, added once even if the 1.x builder ever adds one too.
        if (!into.OfType<OperatingExpenses>().Any())
        {
            var operating = facts.GetProperty("agencyOperatingExpenses");
            into.Add(new OperatingExpenses(WanYuan(operating.GetProperty("budgetWanYuan").GetDecimal()), null, WanYuan(operating.GetProperty("finalWanYuan").GetDecimal())));
        }

        // "“三公经费”控制较好，未超预算 (amounts not given)".
        into.Add(new ThreePublicExpenses(null, null, facts.GetProperty("threePublicExpensesWithinBudget").GetProperty("value").GetBoolean()));
    }

    private static void AddEfficiency(JsonElement facts, List<object> into)
    {
        foreach (var assessment in facts.GetProperty("keyWorkAssessments").EnumerateArray())
        {
            var name = assessment.GetProperty("name").GetString()!;
            into.Add(assessment.TryGetProperty("score", out var score)
                ? new ExternalAssessment(name, score.GetDecimal())
                : new ExternalAssessment(name, null, assessment.GetProperty("result").GetString(), assessment.GetProperty("scoreEquivalent").GetDecimal()));
        }

        // 4.2.2 verifiedNote: "All targets achieved." The rates are in the file; the counts are not.
        var targets = facts.GetProperty("performanceTargets");
        into.Add(new StatedRate("4.2.2", TargetAchievementEfficiency.DepartmentPart, targets.GetProperty("departmentAchievedRate").GetDecimal(), "部门整体绩效目标均已实现"));
        into.Add(new StatedRate("4.2.2", TargetAchievementEfficiency.ProjectPart, targets.GetProperty("projectAchievedRate").GetDecimal(), "项目绩效目标均已实现"));

        // 4.2.3 verifiedNote: "All on time." The file records "all" for both budgeted and completed-on-time projects.
        var projects = facts.GetProperty("projects");
        if (projects.GetProperty("budgeted").GetString() != "all" || projects.GetProperty("completedOnTime").GetString() != "all")
        {
            throw new InvalidDataException("The golden file now gives project counts: build a ProjectTimeliness fact from them.");
        }

        into.Add(new StatedRate("4.2.3", ProjectCompletionTimeliness.OnSchedulePart, 1m, "部门预算安排的项目均按计划时间完成"));
    }

    private static void AddEffectAndFairness(JsonElement facts, List<object> into)
    {
        AddJudgedDeductions(facts, "4.3.1", into);

        var petitions = facts.GetProperty("petitions");
        var tickets = petitions.GetProperty("hotlineTickets").GetInt32();
        var onTime = tickets * petitions.GetProperty("hotlineOnTimeRate").GetDecimal();
        if (onTime != decimal.Truncate(onTime))
        {
            throw new InvalidDataException("The hotline on-time rate does not give a whole number of tickets.");
        }

        into.Add(new PetitionHandling(
            petitions.GetProperty("channels").GetBoolean(),
            petitions.GetProperty("cases").GetInt32(),
            petitions.GetProperty("closedInTime").GetInt32(),
            tickets,
            (int)onTime));

        AddJudgedDeductions(facts, "4.4.2", into);
    }

    // Each judged deduction of the indicator; the evidence of a satisfaction deduction (4.4.2) is the assessment its
    // reason names, e.g. "“四个全面”绩效考核为二等奖" rests on “四个全面”绩效考核.
    private static void AddJudgedDeductions(JsonElement facts, string code, List<object> into)
    {
        var assessments = facts.GetProperty("keyWorkAssessments").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        foreach (var deduction in facts.GetProperty("judgedDeductions").EnumerateArray().Where(d => d.GetProperty("indicator").GetString() == code))
        {
            var reason = deduction.GetProperty("reason").GetString()!;
            into.Add(new EvaluatorFinding(code, deduction.GetProperty("points").GetDecimal(), new LocalizedText(reason),
                assessments.Where(a => reason.Contains(a, StringComparison.Ordinal))));
        }
    }
}
