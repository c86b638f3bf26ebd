using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// 3.1.1 预决算 (budget and final-accounts disclosure), 3 points: both published within 20 calendar days of their
/// approval (预算法 art. 14) and no problem found by the year's disclosure inspection → 3; a problem in one of them,
/// corrected → 2; in both, corrected → 1; a problem still open at year-end, or a disclosure never published → 0.
/// </summary>
/// <remarks>
/// <para>Facts: exactly one <see cref="Disclosure"/> of kind <see cref="DisclosureKind.Budget"/> and one of kind
/// <see cref="DisclosureKind.FinalAccounts"/>, each with its approval date and inspection result when published.</para>
/// <para>"二十日内" counts calendar days from the day after the approval, so approved 2022-04-18 is due by 2022-05-08
/// inclusive (specification C5); the holiday extension of 民法典 art. 203 is not applied. A late publication no
/// inspection found counts as a corrected problem in that disclosure (it was published). A publication dated before
/// its approval (the report's printed 2022-09-15 against 2023-09-04) is an error naming Disclosure.PublishedOn, never
/// a score. A disclosure whose <see cref="Disclosure.DayLimit"/> or <see cref="Disclosure.Deadline"/> states another
/// time limit contradicts the criteria and is an error too.</para>
/// </remarks>
public sealed class BudgetAndFinalAccountsDisclosure : IndicatorRule
{
    // 预算法 art. 14: "经本级政府财政部门批复的部门预算、决算及报表，应当在批复后二十日内由各部门向社会公开".
    private const int DayLimit = 20;

    private static readonly Deadline Limit = Deadline.WithinCalendarDays(DayLimit);

    /// <inheritdoc />
    public override IndicatorDefinition Indicator { get; } = new(
        "3.1.1",
        new LocalizedText("预决算", "Budget and final-accounts disclosure"),
        3m,
        new LocalizedText(
            "1. 按规定要求完成公开且在2022年省、市财政预决算信息公开检查中未发现存在问题的，得3分； 2. 2022年省、市财政预决算信息公开检查中预算公开或者决算公开存在问题，但已完成整改的，得2分； 2. 2022年省、市财政预决算信息公开检查中预算公开和决算公开均存在问题，但已完成整改的，得1分； 3. 2022年省、市财政预决算信息公开检查中发现存在问题，截至2022年12月底仍有未整改事项的，得0分；",
            "1. Disclosed as required (Budget Law art. 14: within 20 days of approval) and no problem found by the 2022 provincial/municipal disclosure inspection: 3; 2. a problem in the budget or the final-accounts disclosure, corrected: 2; 2. problems in both, corrected: 1; 3. a problem still open at the end of 2022: 0."));

    /// <inheritdoc />
    public override void Define()
    {
        IReadOnlyList<Disclosure> disclosures = null!;
        When()
            .Collect(() => disclosures, d => d.Kind == DisclosureKind.Budget || d.Kind == DisclosureKind.FinalAccounts);
        Then()
            .Yield(_ => Score(disclosures));
    }

    private static readonly KindTexts BudgetTexts = new(new LocalizedText("预算", "budget"));
    private static readonly KindTexts FinalAccountsTexts = new(new LocalizedText("决算", "final accounts"));
    private static readonly LocalizedText NoProblemFound = new("公开检查未发现问题", "the inspection found no problem");
    private static readonly LocalizedText ProblemCorrected = new("公开检查发现问题，已完成整改", "the inspection found a problem, since corrected");
    private static readonly LocalizedText ProblemOpen = new("公开检查发现问题，截至年底仍有未整改事项", "the inspection found a problem still open at year-end");
    private static readonly LocalizedText ScoresNothing = new("不得分", "scores 0");

    private static KindTexts TextsOf(DisclosureKind kind) => kind == DisclosureKind.Budget ? BudgetTexts : FinalAccountsTexts;

    private static LocalizedText KindName(DisclosureKind kind) => TextsOf(kind).Name;

    private static LocalizedText InspectionText(DisclosureInspection inspection) => inspection switch
    {
        DisclosureInspection.NoProblem => NoProblemFound,
        DisclosureInspection.ProblemCorrected => ProblemCorrected,
        _ => ProblemOpen,
    };

    // The disclosures are walked by index, without LINQ: the rule fires on every evaluation, and LINQ's iterators, lists
    // and lambdas (one capturing each kind counted) cost more than the checks themselves.
    private IndicatorResult Score(IReadOnlyList<Disclosure> disclosures)
    {
        var sorted = StableOrder.Sorted(disclosures, StableOrder.Disclosures);
        var errors = Unscored.ProblemsOf(sorted);
        List<FactProblem>? missing = null;
        var budgets = 0;
        var finalAccounts = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (sorted[i].Kind == DisclosureKind.Budget)
            {
                budgets++;
            }
            else if (sorted[i].Kind == DisclosureKind.FinalAccounts)
            {
                finalAccounts++;
            }
        }

        CheckCount(DisclosureKind.Budget, budgets, errors, ref missing);
        CheckCount(DisclosureKind.FinalAccounts, finalAccounts, errors, ref missing);
        for (var i = 0; i < sorted.Count; i++)
        {
            var disclosure = sorted[i];
            var what = KindName(disclosure.Kind);
            if (disclosure.DayLimit is { } days && days != DayLimit)
            {
                errors.Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.DayLimit),
                    $"{what.Chinese}公开时限为{days}日，与本指标依据的预算法第十四条（批复后{DayLimit}日内）不符",
                    $"The {what.English} disclosure's limit of {days} days contradicts the criteria's {DayLimit} days of Budget Law art. 14"));
            }

            if (disclosure.Deadline is not null)
            {
                errors.Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.Deadline),
                    $"{what.Chinese}公开时限按批复后{DayLimit}日内计算（预算法第十四条），不应另设固定截止日期",
                    $"The {what.English} disclosure is due {DayLimit} days after approval (Budget Law art. 14), not by a fixed date"));
            }

            if (disclosure.IsPublished && disclosure.ApprovedOn is null)
            {
                (missing ??= []).Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.ApprovedOn),
                    $"缺少{what.Chinese}批复日期，无法判断是否在批复后{DayLimit}日内公开", $"The {what.English} approval date is missing, so the {DayLimit}-day limit cannot be checked"));
            }

            if (disclosure.IsPublished && disclosure.Inspection == DisclosureInspection.NotInspected)
            {
                (missing ??= []).Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.Inspection),
                    $"缺少{what.Chinese}公开的预决算信息公开检查结果", $"The disclosure inspection's result for the {what.English} is missing"));
            }
        }

        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        if (missing is not null)
        {
            return IndicatorResult.MissingData(Code, Weight, Unscored.MissingNote, missing);
        }

        // The input goes to the scoring as state for a static function: a lambda capturing it would be allocated, with
        // its delegate, on every firing.
        return Guarded((Rule: this, Sorted: sorted), static s => s.Rule.Tally(s.Sorted), nameof(Disclosure));
    }

    // Exactly one disclosure of each kind: none is missing data, several are an error.
    private static void CheckCount(DisclosureKind kind, int count, List<FactProblem> errors, ref List<FactProblem>? missing)
    {
        if (count == 0)
        {
            (missing ??= []).Add(Unscored.Absent(nameof(Disclosure),
                $"缺少{KindName(kind).Chinese}公开的Disclosure事实", $"No Disclosure fact for the {KindName(kind).English}"));
        }
        else if (count > 1)
        {
            errors.Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.Kind),
                $"{KindName(kind).Chinese}公开应有一个Disclosure事实，实际有{count}个", $"Expected one Disclosure fact for the {KindName(kind).English}, got {count}"));
        }
    }

    private IndicatorResult Tally(IReadOnlyList<Disclosure> disclosures)
    {
        var assessed = new Assessment[disclosures.Count];
        var statements = new LocalizedText[assessed.Length];
        var open = 0;
        var withProblem = 0;
        for (var i = 0; i < assessed.Length; i++)
        {
            var assessment = Assess(disclosures[i]);
            assessed[i] = assessment;
            statements[i] = assessment.Statement;
            open += assessment.Open ? 1 : 0;
            withProblem += assessment.Problem is null ? 0 : 1;
        }

        var score = open > 0 ? 0m : Weight - withProblem;
        Deduction[] deductions = [];
        if (open > 0)
        {
            // Any open problem takes everything (得0分): one deduction naming every open problem.
            var reasons = new List<LocalizedText>(open);
            var inputs = new List<ScoringInput>();
            foreach (var assessment in assessed)
            {
                if (assessment.Open)
                {
                    reasons.Add(assessment.Problem!);
                    inputs.AddRange(assessment.Inputs);
                }
            }

            var deducted = ReportFormat.Deducted(Weight);
            deductions =
            [
                Deduction.Computed(Weight, Name,
                    LocalizedText.WithEnglishOnRead(
                        $"{string.Join("；", reasons.Select(r => r.Chinese))}，{deducted.Chinese}",
                        (reasons, deducted),
                        static s => $"{string.Join("; ", s.reasons.Select(r => r.Get(Language.English)))}, {s.deducted.English}"),
                    inputs),
            ];
        }
        else if (withProblem > 0)
        {
            var deducted = ReportFormat.Deducted(1m);
            deductions = new Deduction[withProblem];
            var next = 0;
            foreach (var assessment in assessed)
            {
                if (assessment.Problem is { } problem)
                {
                    deductions[next++] = Deduction.Computed(1m, Name, Notes.Join(problem, deducted), assessment.Inputs);
                }
            }
        }

        // The score closes the note after both disclosures, not the second one: "1. 预算：…；2. 决算：…；得3分".
        var numbered = Notes.Numbered(statements);
        var outcome = score == 0m ? ScoresNothing : ReportFormat.Awarded(score);
        var note = LocalizedText.WithEnglishOnRead($"{numbered.Chinese}；{outcome.Chinese}", (numbered, outcome), static s => $"{s.numbered.Get(Language.English)}; {s.outcome.Get(Language.English)}");
        return Scored(score, note, deductions: deductions);
    }

    private Assessment Assess(Disclosure disclosure)
    {
        var texts = TextsOf(disclosure.Kind);
        if (disclosure.PublishedOn is not { } published)
        {
            return new Assessment(texts.NotPublished, texts.NotPublished, true,
                [ScoringInput.OfText(texts.PublicationDate, "未公开", nameof(Disclosure), nameof(Disclosure.PublishedOn))]);
        }

        var approved = disclosure.ApprovedOn!.Value;
        var check = Limit.Check(approved, published);
        var document = disclosure.ApprovalDocument is { Length: > 0 } doc ? $"（{doc}）" : "";
        var inspection = InspectionText(disclosure.Inspection);

        // The statement's Chinese is written in one piece; the timing clause becomes a text of its own only for the
        // English, composed when read: a report reads the Chinese, and the clause alone is never shown.
        var statement = check.IsOnTime
            ? LocalizedText.WithEnglishOnRead(
                $"{texts.Name.Chinese}：{ReportFormat.Date(approved)}批复{document}，{ReportFormat.Date(published)}公开，在批复后{DayLimit}日内（{ReportFormat.Date(check.DueDate)}前），{inspection.Chinese}",
                (texts.Name, approved, published, check, disclosure.ApprovalDocument, inspection),
                static s => $"{s.Name.English}: approved {ReportFormat.Date(s.approved, Language.English)}{DocumentInEnglish(s.ApprovalDocument)}, published {ReportFormat.Date(s.published, Language.English)}, within {DayLimit} days of approval (by {ReportFormat.Date(s.check.DueDate, Language.English)}), {s.inspection.Get(Language.English)}")
            : LocalizedText.WithEnglishOnRead(
                $"{texts.Name.Chinese}：{ReportFormat.Date(approved)}批复{document}，应于{ReportFormat.Date(check.DueDate)}前公开，实际于{ReportFormat.Date(published)}公开，逾期{check.DaysLate}天，{inspection.Chinese}",
                (texts.Name, approved, published, check, disclosure.ApprovalDocument, inspection),
                static s => $"{s.Name.English}: approved {ReportFormat.Date(s.approved, Language.English)}{DocumentInEnglish(s.ApprovalDocument)}, due by {ReportFormat.Date(s.check.DueDate, Language.English)}, published {ReportFormat.Date(s.published, Language.English)}, {s.check.DaysLate} days late, {s.inspection.Get(Language.English)}");
        var lateOrFound = !check.IsOnTime || disclosure.Inspection != DisclosureInspection.NoProblem;
        ScoringInput[] inputs =
        [
            ScoringInput.OfDate(texts.ApprovalDate, approved, nameof(Disclosure), nameof(Disclosure.ApprovedOn)),
            ScoringInput.OfDate(texts.PublicationDate, published, nameof(Disclosure), nameof(Disclosure.PublishedOn)),
            ScoringInput.OfDate(texts.DueDate, check.DueDate),
            ScoringInput.OfText(texts.InspectionResult, inspection.Chinese, nameof(Disclosure), nameof(Disclosure.Inspection)),
        ];
        return new Assessment(statement, lateOrFound ? statement : null, disclosure.Inspection == DisclosureInspection.ProblemOpen, inputs);
    }

    private static string DocumentInEnglish(string? document) => document is { Length: > 0 } ? $" ({document})" : "";

    // The texts that name one kind of disclosure, the same in every evaluation, so built once.
    private sealed class KindTexts(LocalizedText name)
    {
        public LocalizedText Name { get; } = name;

        public LocalizedText NotPublished { get; } = new($"{name.Chinese}未公开", $"the {name.English} was not published");

        public LocalizedText ApprovalDate { get; } = new($"{name.Chinese}批复日期", $"{name.English} approval date");

        public LocalizedText PublicationDate { get; } = new($"{name.Chinese}公开日期", $"{name.English} publication date");

        public LocalizedText DueDate { get; } = new($"{name.Chinese}公开截止日期", $"{name.English} due date");

        public LocalizedText InspectionResult { get; } = new($"{name.Chinese}公开检查结果", $"{name.English} inspection result");
    }

    // What one disclosure contributes: its statement for the note, its problem (null when none), whether the problem is
    // still open (得0分), and the inputs a deduction cites.
    // A struct: two are made on every evaluation and live only while the rule fires.
    private readonly record struct Assessment(LocalizedText Statement, LocalizedText? Problem, bool Open, ScoringInput[] Inputs);
}
