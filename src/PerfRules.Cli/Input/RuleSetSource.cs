using PerfRules.Evaluation;
using PerfRules.Results;
using PerfRules.RuleSetFormat;
using PerfRules.RuleSets;

namespace PerfRules.Cli.Input;

/// <summary>
/// Finds the rule set <c>--rules</c> names: a built-in one by id, or a rule-set JSON file by path, which may extend a
/// built-in rule set (<c>"extends": "GuangdongSuixi2022"</c>): the built-ins' documents are its bases.
/// </summary>
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

            try
            {
                return RuleSetJson.LoadFile(value, BuiltInRuleSets.LoadOptions);
            }
            catch (RuleSetLoadException e)
            {
                // Every error at once, each with its file, JSON path, line and column.
                throw new InputException(string.Join(Environment.NewLine, e.Errors.Select(error => error.Describe(Language.English))), e);
            }
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
