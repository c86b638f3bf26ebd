using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Whether <paramref name="text"/> is null, empty or white space, as <see cref="string.IsNullOrWhiteSpace"/> says.</summary>
    public static bool Is([NotNullWhen(false)] string? text) =>
        text is not { Length: > 0 } || (text[0] <= HighestWhiteSpace && string.IsNullOrWhiteSpace(text));

    /// <summary>Throws as <see cref="ArgumentException.ThrowIfNullOrWhiteSpace"/> does when <paramref name="text"/> is null or blank.</summary>
    public static void ThrowIfBlank([NotNull] string? text, [CallerArgumentExpression(nameof(text))] string? parameterName = null)
    {
        if (Is(text))
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(text, parameterName);
        }
    }
}
