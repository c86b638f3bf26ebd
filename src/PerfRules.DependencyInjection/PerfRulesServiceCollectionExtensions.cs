using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PerfRules.DependencyInjection;
using PerfRules.Scoring;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers PerfRules with Microsoft.Extensions.DependencyInjection.</summary>
public static class PerfRulesServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IScorecardService"/> (a singleton that compiles each rule set once) and the rule sets configured.
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddPerfRules(perf =&gt; perf
    ///     .AddRuleSet(BuiltInRuleSets.GuangdongSuixi2022)
    ///     .Configure(o =&gt; o.FiringLimit = 10_000));
    /// </code>
    /// </example>
    /// <param name="services">The services.</param>
    /// <param name="configure">Registers rule sets and sets options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPerfRules(this IServiceCollection services, Action<PerfRulesBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        configure(new PerfRulesBuilder(services));
        services.AddOptions<PerfRulesOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PerfRulesOptions>, PerfRulesOptionsValidator>());
        services.TryAddSingleton<IWorkingDayCalendar>(WeekendCalendar.Default);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.TryAddSingleton<IScorecardService, ScorecardService>();
        return services;
    }
}
