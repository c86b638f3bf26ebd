using Microsoft.Extensions.Options;

namespace PerfRules.DependencyInjection;

/// <summary>Checks the options against the rule sets registered, so a misconfiguration fails at startup, not at the first evaluation.</summary>
internal sealed class PerfRulesOptionsValidator(IEnumerable<RuleSetRegistration> registrations) : IValidateOptions<PerfRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, PerfRulesOptions options)
    {
        var names = registrations.Select(r => r.Name).ToList();
        var failures = new List<string>();
        if (names.Count == 0)
        {
            failures.Add("No rule set is registered: call AddRuleSet in AddPerfRules(...).");
        }

        failures.AddRange(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"The rule set name '{g.Key}' is registered {g.Count()} times."));

        if (options.DefaultRuleSet is { } wanted && !names.Contains(wanted, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{nameof(PerfRulesOptions.DefaultRuleSet)} is '{wanted}', which is not registered; registered: {string.Join(", ", names)}.");
        }

        if (options.DefaultRuleSet is null && names.Count > 1)
        {
            failures.Add($"Several rule sets are registered ({string.Join(", ", names)}): set {nameof(PerfRulesOptions.DefaultRuleSet)} or name one in each evaluation.");
        }

        if (options.FiringLimit <= 0)
        {
            failures.Add($"{nameof(PerfRulesOptions.FiringLimit)} must be positive; it is {options.FiringLimit}.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
