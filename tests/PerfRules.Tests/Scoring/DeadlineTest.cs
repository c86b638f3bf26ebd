using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

/// <summary>预决算公开 (3.1.1, 预算法 art. 14: 20 days), 自评材料 (3.1.3, by 2023-04-30), 报送 (3.2.2) and working-day limits.</summary>
public sealed class DeadlineTest
{
    private static readonly Deadline TwentyDays = Deadline.WithinCalendarDays(20);

    [Fact]
    public void Suixi_budget_approved_18_April_and_published_29_April_is_on_time()
    {
        var result = TwentyDays.Check(new DateOnly(2022, 4, 18), new DateOnly(2022, 4, 29));

        Assert.True(result.IsOnTime);
        Assert.Equal(0, result.DaysLate);
        Assert.Equal(new DateOnly(2022, 5, 8), result.DueDate);
    }

    [Fact]
    public void Publication_on_the_20th_day_is_on_time()
    {
        Assert.True(TwentyDays.Check(new DateOnly(2022, 4, 18), new DateOnly(2022, 5, 8)).IsOnTime);
    }

    [Fact]
    public void Publication_on_the_21st_day_is_late_by_1_day()
    {
        var result = TwentyDays.Check(new DateOnly(2022, 4, 18), new DateOnly(2022, 5, 9));
        Assert.False(result.IsOnTime);
        Assert.Equal(1, result.DaysLate);
    }

    [Fact]
    public void Publication_on_the_approval_day_is_on_time()
    {
        Assert.True(TwentyDays.Check(new DateOnly(2022, 4, 18), new DateOnly(2022, 4, 18)).IsOnTime);
    }

    [Fact]
    public void Suixi_final_accounts_printed_as_published_before_their_approval_are_an_error_naming_both_dates()
    {
        var e = Assert.Throws<DateBeforeApprovalException>(() =>
            TwentyDays.Check(new DateOnly(2023, 9, 4), new DateOnly(2022, 9, 15)));

        Assert.Equal(new DateOnly(2023, 9, 4), e.ApprovedOn);
        Assert.Equal(new DateOnly(2022, 9, 15), e.ActualOn);
        Assert.Contains("2022-09-15", e.Message);
        Assert.Contains("2023-09-04", e.Message);
    }

    [Fact]
    public void Suixi_self_evaluation_due_30_April_and_published_5_May_is_5_days_late()
    {
        var result = Deadline.By(new DateOnly(2023, 4, 30)).Check(new DateOnly(2023, 5, 5));

        Assert.False(result.IsOnTime);
        Assert.Equal(5, result.DaysLate);
        Assert.Null(result.ApprovedOn);
    }

    [Fact]
    public void Suixi_submission_on_the_deadline_day_is_on_time()
    {
        Assert.True(Deadline.By(new DateOnly(2023, 4, 28)).Check(new DateOnly(2023, 4, 28)).IsOnTime);
    }

    [Fact]
    public void A_fixed_deadline_checked_with_an_approval_still_rejects_a_date_before_it()
    {
        var deadline = Deadline.By(new DateOnly(2023, 4, 30));
        Assert.Throws<DateBeforeApprovalException>(() => deadline.Check(new DateOnly(2023, 4, 10), new DateOnly(2023, 4, 9)));
        Assert.True(deadline.Check(new DateOnly(2023, 4, 10), new DateOnly(2023, 4, 12)).IsOnTime);
    }

    [Fact]
    public void A_relative_deadline_needs_the_approval_date()
    {
        Assert.Throws<InvalidOperationException>(() => TwentyDays.Check(new DateOnly(2022, 5, 1)));
    }

    [Fact]
    public void Fifteen_working_days_after_a_Friday_end_three_weeks_later_on_a_Friday()
    {
        var deadline = Deadline.WithinWorkingDays(15, WeekendCalendar.Default);
        var friday = new DateOnly(2024, 5, 10);

        Assert.Equal(new DateOnly(2024, 5, 31), deadline.DueDate(friday));
        Assert.True(deadline.Check(friday, new DateOnly(2024, 5, 31)).IsOnTime);
        Assert.Equal(3, deadline.Check(friday, new DateOnly(2024, 6, 3)).DaysLate);
    }

    [Fact]
    public void A_holiday_pushes_a_working_day_deadline_back_and_a_make_up_day_brings_it_forward()
    {
        var friday = new DateOnly(2024, 5, 10);
        var holiday = new DateOnly(2024, 5, 20);
        var makeUpSaturday = new DateOnly(2024, 5, 11);

        var withHoliday = Deadline.WithinWorkingDays(15, new WeekendCalendar([holiday]));
        var withBoth = Deadline.WithinWorkingDays(15, new WeekendCalendar([holiday], [makeUpSaturday]));

        Assert.Equal(new DateOnly(2024, 6, 3), withHoliday.DueDate(friday));
        Assert.Equal(new DateOnly(2024, 5, 31), withBoth.DueDate(friday));
    }

    [Fact]
    public void A_calendar_without_working_days_fails_instead_of_looping()
    {
        var deadline = Deadline.WithinWorkingDays(1, new NoWorkingDays());
        Assert.Throws<InvalidOperationException>(() => deadline.DueDate(new DateOnly(2024, 1, 1)));
    }

    [Fact]
    public void Negative_day_limits_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.WithinCalendarDays(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Deadline.WithinWorkingDays(-1, WeekendCalendar.Default));
    }

    [Fact]
    public void Describe_states_the_limit_as_the_criteria_do()
    {
        Assert.Equal("批复后20日内", TwentyDays.Describe().Chinese);
        Assert.Equal("批复后15个工作日内", Deadline.WithinWorkingDays(15, WeekendCalendar.Default).Describe().Chinese);
        Assert.Equal("2023年4月30日前", Deadline.By(new DateOnly(2023, 4, 30)).Describe().Chinese);
        Assert.Equal("by 2023-04-30", Deadline.By(new DateOnly(2023, 4, 30)).Describe().English);
    }

    private sealed class NoWorkingDays : IWorkingDayCalendar
    {
        public bool IsWorkingDay(DateOnly date) => false;
    }
}
