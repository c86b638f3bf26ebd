namespace PerfRules.Cli.Output;

/// <summary>Pads text to a width in terminal columns, counting CJK and full-width characters as two, as terminals show them.</summary>
internal static class Columns
{
    public static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Pads <paramref name="text"/> on the right to <paramref name="width"/> columns, always leaving at least one space.</summary>
    public static string PadRight(string text, int width)
    {
        var shown = Width(text);
        return shown >= width ? text + " " : text + new string(' ', width - shown);
    }

    /// <summary>Pads on the left, for numbers.</summary>
    public static string PadLeft(string text, int width)
    {
        var shown = Width(text);
        return shown >= width ? text : new string(' ', width - shown) + text;
    }

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F'
            or >= '\u2E80' and <= '\uA4CF'
            or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFF60'
            or >= '\uFFE0' and <= '\uFFE6';
}
