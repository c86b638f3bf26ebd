using Microsoft.Extensions.DependencyInjection;
using PerfRules.Evaluation;
using PerfRules.Scoring;

namespace PerfRules.DependencyInjection;

/// <summary>Configures PerfRules inside <c>AddPerfRules(...)</c>: which rule sets to register, and the services they use.</summary>
public sealed class PerfRulesBuilder
{
    internal PerfRulesBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection, for registering what your rules need.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a rule set under its id.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder AddRuleSet(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return AddRuleSet(ruleSet.Id, _ => ruleSet);
    }

    /// <summary>
    /// Registers a rule set that the container builds on first use, so its rules can be constructed with their
    /// dependencies (use <see cref="ActivatorUtilities.CreateInstance{T}(IServiceProvider, object[])"/> for each rule).
    /// </summary>
    /// <param name="name">The name evaluations use to pick it (case-insensitive).</param>
    /// <param name="build">Builds the rule set from the container.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder AddRuleSet(string name, Func<IServiceProvider, RuleSet> build)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(build);
        Services.AddSingleton(new RuleSetRegistration(name, build));
        return this;
    }

    /// <summary>Uses a working-day calendar (工作日历) for deadlines counted in working days; Mondays to Fridays otherwise.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder UseCalendar(IWorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Services.AddSingleton(calendar);
        return this;
    }

    /// <summary>Configures the options; they are validated when the host starts.</summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public PerfRulesBuilder Configure(Action<PerfRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(configure);
        return this;
    }
}
