namespace PerfRules.Indicators;

/// <summary>
/// Thrown when indicator definitions do not make a valid tree: duplicate codes, unknown parents, or weights that do
/// not add up. It lists every problem at once, so a rule-set author fixes them in one pass.
/// </summary>
public sealed class IndicatorTreeException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">Every problem found, each naming the codes concerned.</param>
    public IndicatorTreeException(IReadOnlyList<string> problems)
        : base("The indicator tree is invalid:" + string.Concat(problems.Select(p => Environment.NewLine + "- " + p)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, each naming the codes concerned.</summary>
    public IReadOnlyList<string> Problems { get; }
}
