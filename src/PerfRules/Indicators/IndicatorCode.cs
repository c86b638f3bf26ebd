namespace PerfRules.Indicators;

/// <summary>Indicator codes such as <c>2.1.2</c>: positive numbers separated by dots, one per level.</summary>
internal static class IndicatorCode
{
    /// <summary>Dot-separated segments of 1 to 9 ASCII digits, none of them zero (every fact naming an indicator is checked,
    /// so this reads the code in place rather than splitting it, with a plain loop that costs nothing to compile).</summary>
    public static bool IsValid(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var digits = 0;
        var nonZero = false;
        foreach (var c in code)
        {
            if (c == '.')
            {
                if (!nonZero)
                {
                    return false;
                }

                (digits, nonZero) = (0, false);
            }
            else if (c is < '0' or > '9' || ++digits > 9)
            {
                return false;
            }
            else
            {
                nonZero |= c != '0';
            }
        }

        return nonZero;
    }

    /// <summary>The segments of a valid code as numbers, to sort 2.10 after 2.9.</summary>
    public static int[] Segments(string code)
    {
        var segments = new int[code.AsSpan().Count('.') + 1];
        var i = 0;
        foreach (var c in code)
        {
            if (c == '.')
            {
                i++;
            }
            else
            {
                segments[i] = (segments[i] * 10) + (c - '0');
            }
        }

        return segments;
    }

    /// <summary>The code one level above <paramref name="code"/>, cut out of it (a new string); null at level 1.</summary>
    public static string? Parent(string code)
    {
        var dot = code.LastIndexOf('.');
        return dot < 0 ? null : code[..dot];
    }
}
