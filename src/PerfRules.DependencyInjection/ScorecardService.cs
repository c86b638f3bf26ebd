using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfRules.Evaluation;
using PerfRules.Scorecards;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection;

/// <summary>The registered rule sets, each compiled once into an evaluator, and logged evaluations.</summary>
internal sealed class ScorecardService : IScorecardService
{
    private readonly Dictionary<string, RuleSet> _ruleSets;
    private readonly ConcurrentDictionary<string, Lazy<ScorecardEvaluator>> _evaluators = new(StringComparer.OrdinalIgnoreCase);
    private readonly PerfRulesOptions _options;
    private readonly IWorkingDayCalendar _calendar;
    private readonly TimeProvider _time;
    private readonly ILogger<ScorecardService> _logger;

    public ScorecardService(
        RuleSetCatalog catalog,
        IOptions<PerfRulesOptions> options,
        IWorkingDayCalendar calendar,
        TimeProvider time,
        ILogger<ScorecardService> logger)
    {
        // Reading the options validates them, which builds every rule set: one that cannot be built throws here, with
        // all its problems, if the host did not already fail to start.
        _options = options.Value;
        var entries = catalog.Entries;
        _ruleSets = entries.ToDictionary(e => e.Name!, e => e.RuleSet!, StringComparer.OrdinalIgnoreCase);
        _calendar = calendar;
        _time = time;
        _logger = logger;
        RuleSetNames = [.. entries.Select(e => e.Name!)];
    }

    public IReadOnlyList<string> RuleSetNames { get; }

    public ScorecardEvaluator Evaluator(string? ruleSet = null)
    {
        var name = ruleSet ?? _options.DefaultRuleSet ?? (RuleSetNames.Count == 1 ? RuleSetNames[0] : null)
            ?? throw new InvalidOperationException($"Several rule sets are registered ({string.Join(", ", RuleSetNames)}); name one.");
        var registered = RuleSetNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"No rule set named '{name}' is registered; registered: {string.Join(", ", RuleSetNames)}.");
        return _evaluators.GetOrAdd(registered, n => new Lazy<ScorecardEvaluator>(() => Compile(n, _ruleSets[n]))).Value;
    }

    public Scorecard Evaluate(IEnumerable<object> facts, string? ruleSet = null, CancellationToken cancellationToken = default)
    {
        var evaluator = Evaluator(ruleSet);
        var started = _time.GetTimestamp();
        var card = evaluator.Evaluate(facts, cancellationToken);
        var elapsed = _time.GetElapsedTime(started);
        if (card.IsComplete)
        {
            Log.Evaluated(_logger, card.RuleSetId, card.Department, card.Total, card.Grade?.ChineseName, elapsed.TotalMilliseconds);
        }
        else
        {
            Log.EvaluatedIncomplete(_logger, card.RuleSetId, card.Department, card.Problems.Count, string.Join("; ", card.Problems.Take(3)), elapsed.TotalMilliseconds);
        }

        return card;
    }

    private ScorecardEvaluator Compile(string name, RuleSet ruleSet)
    {
        var started = _time.GetTimestamp();
        var evaluator = new ScorecardEvaluator(ruleSet, new EvaluationOptions { Calendar = _calendar, FiringLimit = _options.FiringLimit });
        Log.Compiled(_logger, name, ruleSet.Id, ruleSet.Version, ruleSet.IndicatorRules.Count, _time.GetElapsedTime(started).TotalMilliseconds);
        return evaluator;
    }
}
