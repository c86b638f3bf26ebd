using PerfRules.Evaluation;

namespace PerfRules.DependencyInjection;

/// <summary>One named rule set registered with <see cref="PerfRulesBuilder"/>: built by the container on first use.</summary>
internal sealed record RuleSetRegistration(string Name, Func<IServiceProvider, RuleSet> Build);
