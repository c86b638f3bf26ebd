using PerfRules.Evaluation;
using PerfRules.RuleSets;

namespace PerfRules.Cli.Input;

/// <summary>Finds the rule set <c>--rules</c> names: a built-in one by id, or a rule-set JSON file by path.</summary>
internal static class RuleSetSource
{
    /// <summary>Resolves <paramref name="value"/>.</summary>
    /// <exception cref="InputException">No built-in rule set has that id, or the file cannot be used.</exception>
    public static RuleSet Resolve(string value)
    {
        var builtIn = string.Join(", ", BuiltInRuleSets.Ids);
        if (IsPath(value))
        {
            if (!File.Exists(value))
            {
                throw new InputException($"{value}: the rule-set file does not exist (the built-in rule sets are: {builtIn}).");
            }

            // This build has no loader for declarative rule sets yet: say so plainly rather than guess at the file.
            throw new InputException(
                $"{value}: rule sets from JSON files are not supported yet in this build of perfrules; use a built-in rule set: {builtIn}.");
        }

        try
        {
            return BuiltInRuleSets.Get(value);
        }
        catch (KeyNotFoundException e)
        {
            throw new InputException(e.Message, e);
        }
    }

    /// <summary>A value with a directory separator or a .json extension is a file; anything else is a built-in id.</summary>
    private static bool IsPath(string value) =>
        value.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || value.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || value.Contains(Path.AltDirectorySeparatorChar, StringComparison.Ordinal);
}
