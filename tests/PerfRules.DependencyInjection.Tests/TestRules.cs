using PerfRules.Evaluation;
using PerfRules.Facts;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection.Tests;

/// <summary>A document due within 5 working days of its approval.</summary>
public sealed record Filing(DateOnly ApprovedOn, DateOnly FiledOn) : IFact
{
    public IReadOnlyList<FactProblem> Validate() => [];
}

/// <summary>A service a rule depends on, to prove the container builds rules.</summary>
public sealed class PointsPolicy
{
    public decimal OnTimePoints { get; init; } = 100m;
}

/// <summary>The only leaf: full marks when filed within 5 working days (by the calendar in the environment), else 0.</summary>
public sealed class FilingRule(PointsPolicy policy) : IndicatorRule
{
    public override IndicatorDefinition Indicator { get; } = new("1", new LocalizedText("报送及时性", "Filing on time"), 100m);

    public override void Define()
    {
        ScoringEnvironment environment = null!;
        IReadOnlyList<Filing> filings = null!;
        When()
            .Match(() => environment)
            .Collect(() => filings);
        Then()
            .Yield(_ => FromSingle(filings, f => Score(f, environment.Calendar)));
    }

    private IndicatorResult Score(Filing filing, IWorkingDayCalendar calendar)
    {
        var result = Deadline.WithinWorkingDays(5, calendar).Check(filing.ApprovedOn, filing.FiledOn);
        var points = result.IsOnTime ? policy.OnTimePoints : 0m;
        Deduction[] lost = points < Weight ? [Deduction.Computed(Weight - points, Name, new LocalizedText("逾期报送"))] : [];
        return Scored(points, new LocalizedText(result.IsOnTime ? "按时报送" : "逾期报送"), deductions: lost);
    }
}

internal static class TestRuleSets
{
    public static RuleSet Filing(string id, FilingRule rule) =>
        RuleSet.Create(id, "1", new LocalizedText(id)).Indicator(rule).Build();
}
