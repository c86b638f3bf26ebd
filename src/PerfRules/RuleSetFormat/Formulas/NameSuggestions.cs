namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>Finds the name an analyst probably meant, for "did you mean …" hints: a different case, or a small typo.</summary>
internal static class NameSuggestions
{
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, written, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        if (bestDistance <= Math.Max(2, written.Length / 4))
        {
            return best;
        }

        // A name cut short (Indicator for IndicatorCode) is far in edits but obvious to a reader.
        return written.Length >= 4
            ? candidates.Where(c => c.StartsWith(written, StringComparison.OrdinalIgnoreCase)).OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault()
            : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
