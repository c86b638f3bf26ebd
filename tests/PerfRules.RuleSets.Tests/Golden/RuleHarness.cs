using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.Scoring;

namespace PerfRules.RuleSets.Tests.Golden;

/// <summary>Runs one indicator rule (and any helper rules) alone over some facts, as the evaluator would.</summary>
internal static class RuleHarness
{
    public static IndicatorResult Score(IndicatorRule rule, IEnumerable<object> facts, params Rule[] others)
    {
        var session = new RuleRepository().Add(rule).Add(others).Compile().CreateSession();
        session.Insert(new ScoringEnvironment("test", 100m, GradeScale.Default, null, false, WeekendCalendar.Default));
        session.InsertAll(facts);
        session.Fire();
        return session.Query<IndicatorResult>().Single(r => r.Code == rule.Indicator.Code);
    }
}
