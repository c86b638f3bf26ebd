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
    private readonly IServiceProvider _services;
    private readonly Dictionary<string, RuleSetRegistration> _registrations;
    private readonly ConcurrentDictionary<string, Lazy<ScorecardEvaluator>> _evaluators = new(StringComparer.OrdinalIgnoreCase);
    private readonly PerfRulesOptions _options;
    private readonly IWorkingDayCalendar _calendar;
    private readonly TimeProvider _time;
    private readonly ILogger<ScorecardService> _logger;

    public ScorecardService(
        IServiceProvider services,
        IEnumerable<RuleSetRegistration> registrations,
        IOptions<PerfRulesOptions> options,
        IWorkingDayCalendar calendar,
        TimeProvider time,
        ILogger<ScorecardService> logger)
    {
        _services = services;
        _registrations = registrations.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        _options = options.Value;
        _calendar = calendar;
        _time = time;
        _logger = logger;
        RuleSetNames = [.. _registrations.Keys];
    }

    public IReadOnlyList<string> RuleSetNames { get; }

    public ScorecardEvaluator Evaluator(string? ruleSet = null)
    {
        var name = ruleSet ?? _options.DefaultRuleSet ?? (RuleSetNames.Count == 1 ? RuleSetNames[0] : null)
            ?? throw new InvalidOperationException($"Several rule sets are registered ({string.Join(", ", RuleSetNames)}); name one.");
        if (!_registrations.TryGetValue(name, out var registration))
        {
            throw new KeyNotFoundException($"No rule set named '{name}' is registered; registered: {string.Join(", ", RuleSetNames)}.");
        }

        return _evaluators.GetOrAdd(registration.Name, _ => new Lazy<ScorecardEvaluator>(() => Compile(registration))).Value;
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

    private ScorecardEvaluator Compile(RuleSetRegistration registration)
    {
        var started = _time.GetTimestamp();
        var ruleSet = registration.Build(_services);
        var evaluator = new ScorecardEvaluator(ruleSet, new EvaluationOptions { Calendar = _calendar, FiringLimit = _options.FiringLimit });
        Log.Compiled(_logger, registration.Name, ruleSet.Id, ruleSet.Version, ruleSet.IndicatorRules.Count, _time.GetElapsedTime(started).TotalMilliseconds);
        return evaluator;
    }
}
