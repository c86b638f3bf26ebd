namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>Turns an index into a formula into the line and column an analyst sees in an editor.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) LineAndColumn(string text, int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }

    /// <summary>The line holding <paramref name="position"/> and a caret under it, for exception messages.</summary>
    public static string Pointer(string text, int position)
    {
        var start = position == 0 ? 0 : text.LastIndexOf('\n', Math.Min(position, text.Length) - 1) + 1;
        var end = text.IndexOf('\n', start);
        var line = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r');
        return line + Environment.NewLine + new string(' ', position - start) + "^";
    }
}
