using PerfRules.RuleSetFormat.Formulas;
using PerfRules.Scoring;
using static PerfRules.Tests.Formulas.FormulaAssert;

namespace PerfRules.Tests.Formulas;

/// <summary>days(…) counts calendar days; workdays(…) counts working days through the injected calendar.</summary>
public sealed class FormulaWorkdaysTest
{
    // 2022 Labour Day: 30 April – 4 May off, with Sunday 24 April and Saturday 7 May worked instead (调休).
    private static readonly WeekendCalendar Calendar2022 = new(
        holidays: [new DateOnly(2022, 5, 2), new DateOnly(2022, 5, 3), new DateOnly(2022, 5, 4)],
        makeUpWorkingDays: [new DateOnly(2022, 4, 24), new DateOnly(2022, 5, 7)]);

    private const string BudgetDisclosure =
        "workdays(one(Disclosure where Kind == \"Budget\").ApprovedOn, one(Disclosure where Kind == \"Budget\").PublishedOn)";

    [Fact]
    public void Suixi_budget_approved_18_April_2022_and_published_29_April_took_9_weekdays()
    {
        Assert.Equal(9m, EvaluateOverSuixi(BudgetDisclosure, WeekendCalendar.Default).AsDecimal());
    }

    [Fact]
    public void With_the_2022_holiday_calendar_the_make_up_Sunday_counts_and_it_took_10_working_days()
    {
        Assert.Equal(10m, EvaluateOverSuixi(BudgetDisclosure, Calendar2022).AsDecimal());
    }

    [Fact]
    public void Calendar_days_are_11()
    {
        Assert.Equal(11m, EvaluateOverSuixi(BudgetDisclosure.Replace("workdays", "days", StringComparison.Ordinal)).AsDecimal());
    }

    [Fact]
    public void The_start_day_is_not_counted_and_the_end_day_is()
    {
        Assert.Equal(1m, Evaluate("workdays(date(\"2024-05-13\"), date(\"2024-05-14\"))", [], WeekendCalendar.Default).AsDecimal());
        Assert.Equal(0m, Evaluate("workdays(date(\"2024-05-13\"), date(\"2024-05-13\"))", [], WeekendCalendar.Default).AsDecimal());
        Assert.Equal(0m, Evaluate("workdays(date(\"2024-05-17\"), date(\"2024-05-19\"))", [], WeekendCalendar.Default).AsDecimal());
    }

    [Fact]
    public void Dates_in_reverse_order_give_a_negative_count()
    {
        Assert.Equal(-5m, Evaluate("workdays(date(\"2024-05-20\"), date(\"2024-05-13\"))", [], WeekendCalendar.Default).AsDecimal());
        Assert.Equal(-7m, Evaluate("days(date(\"2024-05-20\"), date(\"2024-05-13\"))", []).AsDecimal());
    }

    [Fact]
    public void A_deadline_of_15_working_days()
    {
        Assert.True(Evaluate("workdays(date(\"2022-04-18\"), date(\"2022-05-10\")) <= 15", [], Calendar2022).AsBoolean());
        Assert.False(Evaluate("workdays(date(\"2022-04-18\"), date(\"2022-05-11\")) <= 15", [], Calendar2022).AsBoolean());
    }

    [Fact]
    public void Without_a_calendar_workdays_is_an_error_rather_than_a_guess()
    {
        var value = EvaluateOverSuixi(BudgetDisclosure);

        Assert.Equal(FormulaValueKind.Error, value.Kind);
        Assert.Equal(0, value.Error!.Position);
        Assert.Contains("working-day calendar", value.Error.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_span_over_ten_years_is_refused_so_a_formula_cannot_loop_for_long()
    {
        var value = Evaluate("workdays(date(\"2000-01-01\"), date(\"2099-12-31\"))", [], WeekendCalendar.Default);
        Assert.Contains("at most 3660 days", value.Error!.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calendar_is_asked_once_per_day_in_the_span()
    {
        var calendar = new CountingCalendar();
        Evaluate("workdays(date(\"2024-01-01\"), date(\"2024-01-31\"))", [], calendar);
        Assert.Equal(30, calendar.Calls);
    }

    private sealed class CountingCalendar : IWorkingDayCalendar
    {
        public int Calls { get; private set; }

        public bool IsWorkingDay(DateOnly date)
        {
            Calls++;
            return true;
        }
    }
}
