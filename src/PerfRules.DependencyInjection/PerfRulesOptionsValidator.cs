using Microsoft.Extensions.Options;

namespace PerfRules.DependencyInjection;

/// <summary>
/// Checks the options against the rule sets registered, building each rule set (a JSON file is read and loaded here),
/// so a misconfiguration or a broken rule set fails when the host starts, with every problem, not at the first evaluation.
/// </summary>
internal sealed class PerfRulesOptionsValidator(RuleSetCatalog catalog) : IValidateOptions<PerfRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, PerfRulesOptions options)
    {
        var entries = catalog.Entries;
        var failures = entries.SelectMany(e => e.Problems).ToList();
        var names = entries.Select(e => e.Name).OfType<string>().ToList();
        var allNamed = names.Count == entries.Count;
        if (entries.Count == 0)
        {
            failures.Add("No rule set is registered: call AddRuleSet or AddRuleSetFromJson in AddPerfRules(...).");
        }

        failures.AddRange(names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"The rule set name '{g.Key}' is registered {g.Count()} times."));

        // A rule set that could not be loaded and names none may be the one the option names: say nothing rather than
        // something wrong; its load errors are reported above.
        if (options.DefaultRuleSet is { } wanted && allNamed && !names.Contains(wanted, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{nameof(PerfRulesOptions.DefaultRuleSet)} is '{wanted}', which is not registered; registered: {string.Join(", ", names)}.");
        }

        if (options.DefaultRuleSet is null && entries.Count > 1)
        {
            failures.Add($"Several rule sets are registered ({string.Join(", ", entries.Select(e => e.Name ?? e.Registration.Source))}): set {nameof(PerfRulesOptions.DefaultRuleSet)} or name one in each evaluation.");
        }

        if (options.FiringLimit <= 0)
        {
            failures.Add($"{nameof(PerfRulesOptions.FiringLimit)} must be positive; it is {options.FiringLimit}.");
        }

        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
