using PerfRules.Explanations;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.GuangdongSuixi2022;

/// <summary>
/// The criteria 3.1.2 (绩效目标) and 3.1.3 (自评材料) share: published on time with true, complete content in the
/// required scope → full points; published but late, incomplete or out of scope → 1; not published → 0; a classified
/// (涉密) department that need not publish → full points with its evidence or explanation supplied in time, else 0.
/// </summary>
/// <remarks>
/// <para>Facts: at most one <see cref="Disclosure"/> of the indicator's kind; a <see cref="ChecklistAnswer"/> for item
/// <see cref="ContentItem"/> (whether the content is true, complete, accurate and in scope: the evaluator's judgement)
/// whenever it was published; and, only for a classified department, a <see cref="ChecklistAnswer"/> for item
/// <see cref="ClassifiedItem"/> whose answer says whether the evidence or explanation was supplied in time.</para>
/// <para>The time limit is the disclosure's own: a fixed date, inclusive ("2023年4月30日前" includes 30 April, C5), or
/// a number of calendar days after its approval. A publication with neither is missing data: lateness cannot be
/// judged.</para>
/// </remarks>
internal static class PublicationScoring
{
    /// <summary>The checklist item saying whether the published content is true, complete, accurate and in scope.</summary>
    public const string ContentItem = "content";

    /// <summary>The checklist item of a classified department: met when it supplied its evidence or explanation in time.</summary>
    public const string ClassifiedItem = "classified";

    // "进行了公开，但未达到时限、内容或范围要求的，得1分".
    private const decimal PublishedButDeficient = 1m;

    private static readonly LocalizedText ContentMet = new("公开内容真实、完整，符合公开范围要求", "the content is true, complete and in scope");

    // Labels that are the same in every evaluation, so built once.
    private static readonly LocalizedText DueDateLabel = new("公开截止日期", "due date");
    private static readonly LocalizedText PublishedOnLabel = new("实际公开日期", "publication date");
    private static readonly LocalizedText DaysLateLabel = new("逾期天数", "days late");

    /// <summary>What is wrong with the facts: their own problems, unknown or repeated items, several disclosures, and a classified department that published anyway.</summary>
    public static IReadOnlyList<FactProblem> Errors(IReadOnlyList<Disclosure> disclosures, IReadOnlyList<ChecklistAnswer> answers, LocalizedText subject)
    {
        var sortedAnswers = JudgedScoring.Sorted(answers);
        var problems = Unscored.AddProblemsOf(Unscored.ProblemsOf(disclosures), sortedAnswers);
        for (var i = 0; i < sortedAnswers.Count; i++)
        {
            var answer = sortedAnswers[i];
            if (answer.Item is not (ContentItem or ClassifiedItem))
            {
                problems.Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"评分要点“{answer.Item}”不在本指标中（应为{ContentItem}或{ClassifiedItem}）",
                    $"Item '{answer.Item}' is not one of this indicator's items ({ContentItem}, {ClassifiedItem})"));
            }
        }

        // Grouping only when an item repeats: an indicator has an answer or two, and valid facts, the usual case, need no groups.
        if (HasRepeatedItem(answers))
        {
            problems.AddRange(answers
                .GroupBy(a => a.Item, StringComparer.Ordinal)
                .Where(g => g.Count() > 1)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                    $"评分要点{g.Key}应有一个评价结论，实际有{g.Count()}个", $"Item {g.Key} should have one answer, got {g.Count()}")));
        }

        if (disclosures.Count > 1)
        {
            problems.Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.Kind),
                $"{subject.Chinese}公开应有一个Disclosure事实，实际有{disclosures.Count}个",
                $"Expected one Disclosure fact for the {subject.Get(Language.English)}, got {disclosures.Count}"));
        }

        if (Answer(answers, ClassifiedItem) is not null && AnyPublished(disclosures))
        {
            problems.Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                $"单位按涉密单位评价（不需公开{subject.Chinese}），却有公开记录",
                $"The department is assessed as classified (no need to publish the {subject.Get(Language.English)}) but a publication is recorded"));
        }

        return problems;
    }

    // The answer for an item, if any. The lists are walked by index: they are the engine's collections, and a LINQ
    // query over them allocates an enumerator on every evaluation. Errors has made sure no item repeats.
    private static ChecklistAnswer? Answer(IReadOnlyList<ChecklistAnswer> answers, string item)
    {
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i].Item == item)
            {
                return answers[i];
            }
        }

        return null;
    }

    private static bool AnyPublished(IReadOnlyList<Disclosure> disclosures)
    {
        for (var i = 0; i < disclosures.Count; i++)
        {
            if (disclosures[i].IsPublished)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasRepeatedItem(IReadOnlyList<ChecklistAnswer> answers)
    {
        for (var i = 1; i < answers.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(answers[i].Item, answers[j].Item, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>What is needed and absent: the disclosure, its time limit when published, and the content answer when published.</summary>
    public static IReadOnlyList<FactProblem> Missing(IReadOnlyList<Disclosure> disclosures, IReadOnlyList<ChecklistAnswer> answers, LocalizedText subject)
    {
        if (Answer(answers, ClassifiedItem) is not null)
        {
            return [];
        }

        if (disclosures.Count == 0)
        {
            return [Unscored.Absent(nameof(Disclosure), $"缺少{subject.Chinese}公开的Disclosure事实（未公开也应注明）",
                $"No Disclosure fact for the {subject.Get(Language.English)} (give one without a publication date if it was not published)")];
        }

        var disclosure = disclosures[0];
        List<FactProblem>? missing = null;
        if (disclosure.IsPublished && disclosure.Deadline is null && disclosure.DayLimit is null)
        {
            (missing ??= []).Add(Unscored.Problem(nameof(Disclosure), nameof(Disclosure.Deadline),
                $"缺少{subject.Chinese}公开时限，无法判断是否按时公开", $"The {subject.Get(Language.English)} has no time limit, so lateness cannot be judged"));
        }

        if (disclosure.IsPublished && Answer(answers, ContentItem) is null)
        {
            (missing ??= []).Add(Unscored.Problem(nameof(ChecklistAnswer), nameof(ChecklistAnswer.Item),
                $"缺少评分要点{ContentItem}（公开内容是否真实、完整，符合公开范围要求）的评价结论",
                $"No answer for item {ContentItem} (whether the published content is true, complete and in scope)"));
        }

        return missing ?? (IReadOnlyList<FactProblem>)[];
    }

    /// <summary>Scores facts that passed <see cref="Errors"/> and <see cref="Missing"/>.</summary>
    /// <exception cref="DateBeforeApprovalException">The publication is dated before its approval (already reported by <see cref="Disclosure.Validate"/>).</exception>
    public static JudgedTally Tally(string ruleName, decimal weight, LocalizedText subject, IReadOnlyList<Disclosure> disclosures, IReadOnlyList<ChecklistAnswer> answers)
    {
        var classified = Answer(answers, ClassifiedItem);
        if (classified is not null)
        {
            return Classified(ruleName, weight, subject, classified);
        }

        var disclosure = disclosures[0];
        if (disclosure.PublishedOn is not { } published)
        {
            var reason = LocalizedText.WithEnglishOnRead($"未按规定公开{subject.Chinese}", subject, static s => $"{s.Get(Language.English)}: not published as required");
            var input = ScoringInput.OfText(
                LocalizedText.WithEnglishOnRead($"{subject.Chinese}公开日期", subject, static s => $"{s.Get(Language.English)} publication date"), "未公开", nameof(Disclosure), nameof(Disclosure.PublishedOn));
            return new JudgedTally(0m,
                LocalizedText.WithEnglishOnRead($"{reason.Chinese}，不得分", reason, static r => $"{r.Get(Language.English)}, scores 0"),
                [Deduction.Computed(weight, ruleName, Notes.Join(reason, ReportFormat.Deducted(weight)), input)]);
        }

        var check = disclosure.Deadline is { } fixedDate
            ? Deadline.By(fixedDate).Check(published)
            : Deadline.WithinCalendarDays(disclosure.DayLimit!.Value).Check(disclosure.ApprovedOn!.Value, published);
        var content = Answer(answers, ContentItem)!;
        var due = disclosure.Deadline is not null
            ? LocalizedText.WithEnglishOnRead($"应于{ReportFormat.Date(check.DueDate)}前公开", check, static c => $"due by {ReportFormat.Date(c.DueDate, Language.English)}")
            : LocalizedText.WithEnglishOnRead(
                $"应于批复后{disclosure.DayLimit}日内（{ReportFormat.Date(check.DueDate)}前）公开",
                (disclosure.DayLimit, check),
                static s => $"due within {s.DayLimit} days of approval (by {ReportFormat.Date(s.check.DueDate, Language.English)})");
        var timing = check.IsOnTime
            ? LocalizedText.WithEnglishOnRead(
                $"根据要求，{due.Chinese}，实际于{ReportFormat.Date(published)}公开，按时公开",
                (due, published),
                static s => $"{s.due.Get(Language.English)}, published {ReportFormat.Date(s.published, Language.English)}, on time")
            : LocalizedText.WithEnglishOnRead(
                $"根据要求，{due.Chinese}，实际于{ReportFormat.Date(published)}公开，逾期{check.DaysLate}天",
                (due, published, check),
                static s => $"{s.due.Get(Language.English)}, published {ReportFormat.Date(s.published, Language.English)}, {s.check.DaysLate} days late");
        var quality = content.Met
            ? ContentMet
            : LocalizedText.WithEnglishOnRead(
                $"公开内容未达到真实、完整、规范或范围要求{Seen(content.Note, "：")}",
                content.Note,
                static note => $"the content falls short of being true, complete, accurate or in scope{Seen(note, ": ")}");
        if (check.IsOnTime && content.Met)
        {
            return new JudgedTally(weight, Notes.Join(timing, quality, ReportFormat.Awarded(weight)), []);
        }

        var lost = weight - PublishedButDeficient;
        LocalizedText[] parts = check.IsOnTime ? [quality] : content.Met ? [timing] : [timing, quality];
        var deductionReason = Notes.Join([.. parts, ReportFormat.Deducted(lost)]);

        // Lateness is computed from the dates; when the publication was on time, the point is lost on the evaluator's
        // judgement of the content alone.
        var deduction = check.IsOnTime
            ? Deduction.Judged(lost, ruleName, deductionReason, content.Note is { Length: > 0 } evidence ? [evidence] : [])
            : Deduction.Computed(lost, ruleName, deductionReason,
                ScoringInput.OfDate(DueDateLabel, check.DueDate, nameof(Disclosure), disclosure.Deadline is null ? nameof(Disclosure.DayLimit) : nameof(Disclosure.Deadline)),
                ScoringInput.OfDate(PublishedOnLabel, published, nameof(Disclosure), nameof(Disclosure.PublishedOn)),
                ScoringInput.Of(DaysLateLabel, check.DaysLate, ValueUnit.Days));
        return new JudgedTally(PublishedButDeficient, deductionReason, [deduction]);
    }

    private static JudgedTally Classified(string ruleName, decimal weight, LocalizedText subject, ChecklistAnswer classified)
    {
        var seen = Seen(classified.Note, "：");
        if (classified.Met)
        {
            return new JudgedTally(weight,
                LocalizedText.WithEnglishOnRead(
                    $"涉密单位不需要公开{subject.Chinese}，已及时提供涉密依据或说明{seen}，{ReportFormat.Awarded(weight).Chinese}",
                    (subject, classified.Note, weight),
                    static s => $"classified department, no need to publish the {s.subject.Get(Language.English)}; evidence or explanation supplied in time{Seen(s.Note, ": ")}, {ReportFormat.Awarded(s.weight).English}"),
                []);
        }

        var reason = LocalizedText.WithEnglishOnRead(
            $"涉密单位不需要公开{subject.Chinese}，但未及时提供涉密依据或说明{seen}，{ReportFormat.Deducted(weight).Chinese}",
            (classified.Note, weight),
            static s => $"classified department, but no evidence or explanation supplied in time{Seen(s.Note, ": ")}, {ReportFormat.Deducted(s.weight).English}");
        return new JudgedTally(0m, reason, [Deduction.Judged(weight, ruleName, reason, classified.Note is { Length: > 0 } evidence ? [evidence] : [])]);
    }

    // The evaluator's note on an answer as the text quotes it, after the separator of the text's language; none without a note.
    private static string Seen(string? note, string separator) => note is { Length: > 0 } ? separator + JudgedScoring.Trim(note) : "";
}
