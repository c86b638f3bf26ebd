namespace PerfRules.Engine;

/// <summary>One call to Fire fired more rules than <see cref="SessionOptions.FiringLimit"/>: the rules probably chain forever.</summary>
public sealed class RuleFiringLimitException : Exception
{
    internal RuleFiringLimitException(int limit, IReadOnlyList<KeyValuePair<string, int>> firingsByRule)
        : base($"Fire() stopped after {limit} rule firings; the rules probably chain forever. Most fired: " +
               string.Join(", ", firingsByRule.Take(5).Select(p => $"'{p.Key}' ({p.Value})")) + ".")
    {
        Limit = limit;
        FiringsByRule = firingsByRule;
    }

    /// <summary>The limit that was reached.</summary>
    public int Limit { get; }

    /// <summary>How many times each rule fired in that call, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FiringsByRule { get; }
}
