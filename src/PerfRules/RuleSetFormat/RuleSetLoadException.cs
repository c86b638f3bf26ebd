using PerfRules.Results;

namespace PerfRules.RuleSetFormat;

/// <summary>
/// A rule-set document cannot be loaded: <see cref="Errors"/> lists every problem found, each with its JSON path, line and
/// column, not just the first.
/// </summary>
public sealed class RuleSetLoadException : Exception
{
    internal RuleSetLoadException(IReadOnlyList<RuleSetError> errors)
        : base(Compose(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, errors and warnings, in document order (base documents first).</summary>
    public IReadOnlyList<RuleSetError> Errors { get; }

    private static string Compose(IReadOnlyList<RuleSetError> errors)
    {
        var count = errors.Count(e => e.Severity == RuleSetErrorSeverity.Error);
        return $"The rule set cannot be loaded: {count} error{(count == 1 ? "" : "s")}."
            + string.Concat(errors.Select(e => Environment.NewLine + "- " + e.Describe(Language.English)));
    }
}
