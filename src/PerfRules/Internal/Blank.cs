using System.Runtime.CompilerServices;

namespace PerfRules.Internal;

/// <summary>The check that a text is not blank, cheap for Chinese text.</summary>
internal static class Blank
{
    /// <summary>
    /// The highest character .NET counts as white space: the ideographic space. A text that opens with a character above
    /// it, as Chinese text does, has something in it, and <see cref="string.IsNullOrWhiteSpace"/> would look up that
    /// character's Unicode category to find out; texts are made by the hundred in every evaluation.
    /// </summary>
    internal const char HighestWhiteSpace = '\u3000';

    /// <summary>Throws as <see cref="ArgumentException.ThrowIfNullOrWhiteSpace"/> does when <paramref name="text"/> is null or blank.</summary>
    public static void ThrowIfBlank(string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        if (text is not { Length: > 0 } || text[0] <= HighestWhiteSpace)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text, parameterName);
        }
    }
}
