using PerfRules.Scoring;

namespace PerfRules.Tests.Scoring;

public sealed class WeekendCalendarTest
{
    [Fact]
    public void Monday_to_Friday_are_working_days_and_weekends_are_not()
    {
        var monday = new DateOnly(2024, 5, 13);
        var days = Enumerable.Range(0, 7).Select(i => WeekendCalendar.Default.IsWorkingDay(monday.AddDays(i)));
        Assert.Equal([true, true, true, true, true, false, false], days);
    }

    [Fact]
    public void A_holiday_on_a_weekday_is_not_a_working_day()
    {
        var nationalDay = new DateOnly(2024, 10, 1);
        Assert.False(new WeekendCalendar([nationalDay]).IsWorkingDay(nationalDay));
    }

    [Fact]
    public void A_make_up_working_day_on_a_weekend_is_a_working_day()
    {
        var sunday = new DateOnly(2024, 9, 29);
        Assert.True(new WeekendCalendar(makeUpWorkingDays: [sunday]).IsWorkingDay(sunday));
    }

    [Fact]
    public void A_day_cannot_be_both_a_holiday_and_a_make_up_day()
    {
        var day = new DateOnly(2024, 9, 29);
        Assert.Throws<ArgumentException>(() => new WeekendCalendar([day], [day]));
    }
}
