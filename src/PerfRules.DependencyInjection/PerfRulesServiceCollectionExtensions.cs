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
    /// The options are validated when the host starts (<c>ValidateOnStart</c>): every rule set is built then, so a JSON
    /// file with errors, a rule set whose weights do not add up, or options that name no registered rule set stop the
    /// host with every problem listed (<see cref="Microsoft.Extensions.Options.OptionsValidationException"/>).
    /// </summary>
    /// <example>
    /// <code>
    /// services.AddPerfRules(perf =&gt; perf
    ///     .AddRuleSet(BuiltInRuleSets.GuangdongSuixi2022)
    ///     .AddRuleSetFromJson("rules/county-2023.json")
    ///     .Configure(o =&gt; o.DefaultRuleSet = "GuangdongSuixi2022"));
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
        services.TryAddSingleton<RuleSetCatalog>();
        services.TryAddSingleton<IScorecardService, ScorecardService>();
        return services;
    }
}
