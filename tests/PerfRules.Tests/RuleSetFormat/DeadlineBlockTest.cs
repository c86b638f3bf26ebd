using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.Scoring;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>The deadline block: within N calendar or working days of an approval, by a fixed date, or by a due date the facts give.</summary>
public sealed class DeadlineBlockTest
{
    private static string Days(string limit) => $$"""
        {
          "kind": "deadline",
          "subject": "部门预算公开",
          "approvedOn": "one(Disclosure where Kind == 'Budget').ApprovedOn",
          "actualOn": "one(Disclosure where Kind == 'Budget').PublishedOn",
          "limit": {{limit}},
          "late": 1,
          "notDone": 0
        }
        """;

    private static Disclosure Budget(DateOnly? published) => new(DisclosureKind.Budget, new DateOnly(2022, 4, 18), "遂财预〔2022〕3号", published, DayLimit: 20);

    [Theory]
    [InlineData(2022, 5, 8, 2)]
    [InlineData(2022, 5, 9, 1)]
    [InlineData(2022, 4, 18, 2)]
    public void Within_20_calendar_days_counts_from_the_day_after_approval(int year, int month, int day, decimal score)
    {
        Assert.Equal(score, Documents.Score(2, Days("""{ "calendarDays": 20 }"""), Budget(new DateOnly(year, month, day))).Score);
    }

    [Fact]
    public void Late_is_a_computed_deduction_with_the_dates_and_the_days_late()
    {
        var row = Documents.Score(2, Days("""{ "calendarDays": 20 }"""), Budget(new DateOnly(2022, 5, 13)));

        var deduction = Assert.Single(row.Deductions);
        Assert.Equal(1m, deduction.Points);
        Assert.Equal(["批复日期", "截止日期", "实际日期", "逾期天数"], deduction.Inputs.Select(i => i.Label.Chinese));
        Assert.Equal(5m, deduction.Inputs[^1].Value);
        Assert.Contains("逾期5天", deduction.Reason.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_published_scores_not_done_while_no_disclosure_at_all_is_missing_data()
    {
        Assert.Equal(0m, Documents.Score(2, Days("""{ "calendarDays": 20 }"""), Budget(null)).Score);
        Assert.Equal(IndicatorOutcome.MissingData, Documents.Score(2, Days("""{ "calendarDays": 20 }""")).Outcome);
    }

    [Fact]
    public void Published_before_its_approval_is_an_error()
    {
        var row = Documents.Score(2, Days("""{ "calendarDays": 20 }"""), Budget(new DateOnly(2022, 4, 1)));

        Assert.Equal(IndicatorOutcome.Error, row.Outcome);
    }

    [Fact]
    public void Working_days_follow_the_calendar_the_host_gives()
    {
        // 15 working days after Monday 2022-04-18 is Monday 2022-05-09; with 2022-05-02 a holiday, Tuesday 2022-05-10.
        var ruleSet = RuleSetJson.Load(Documents.Leaf(2, Days("""{ "workingDays": 15 }""")));
        var holiday = new EvaluationOptions { Calendar = new WeekendCalendar([new DateOnly(2022, 5, 2)]) };

        Assert.Equal(2m, Documents.Evaluate(ruleSet, [Budget(new DateOnly(2022, 5, 9))])["1.1"].Score);
        Assert.Equal(1m, Documents.Evaluate(ruleSet, [Budget(new DateOnly(2022, 5, 10))])["1.1"].Score);
        Assert.Equal(2m, Documents.Evaluate(ruleSet, [Budget(new DateOnly(2022, 5, 10))], holiday)["1.1"].Score);
    }

    [Theory]
    [InlineData(2023, 4, 30, 2)]
    [InlineData(2023, 5, 5, 1)]
    public void A_fixed_date_is_on_time_up_to_and_including_it(int year, int month, int day, decimal score)
    {
        const string Fixed = """
            { "kind": "deadline", "subject": "自评材料公开", "actualOn": "one(Disclosure where Kind == 'SelfEvaluation').PublishedOn",
              "limit": { "fixedDate": "2023-04-30" }, "late": 1 }
            """;

        var row = Documents.Score(2, Fixed, new Disclosure(DisclosureKind.SelfEvaluation, null, null, new DateOnly(year, month, day)));

        Assert.Equal(score, row.Score);
    }

    [Fact]
    public void A_days_limit_without_an_approval_date_formula_is_refused()
    {
        const string NoApproval = """{ "kind": "deadline", "subject": "公开", "actualOn": "Disclosure.PublishedOn", "limit": { "calendarDays": 20 } }""";

        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, NoApproval))).Errors);

        Assert.Contains("approvedOn", error.Message.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_formula_of_the_wrong_type_is_refused()
    {
        var error = Assert.Single(Assert.Throws<RuleSetLoadException>(() => RuleSetJson.Load(Documents.Leaf(2, Days("""{ "calendarDays": 20 }""").Replace(".PublishedOn\"", ".DayLimit\"", StringComparison.Ordinal)))).Errors);

        Assert.Equal("$.indicators[1].scoring.actualOn", error.Path);
        Assert.Contains("应得出日期", error.Message.Chinese, StringComparison.Ordinal);
    }
}
