using PerfRules.Explanations;
using PerfRules.Results;

namespace PerfRules.Tests.Results;

/// <summary>
/// Texts whose English waits to be composed compare equal without composing it when they come from equal inputs, and
/// are composed and compared otherwise.
/// </summary>
public sealed partial class LocalizedTextTest
{
    [Fact]
    public void Texts_from_the_same_function_and_equal_states_are_equal_without_composing()
    {
        var calls = 0;
        Func<decimal, string> english = p =>
        {
            Interlocked.Increment(ref calls);
            return $"{p} points deducted";
        };

        var first = LocalizedText.WithEnglishOnRead("扣1.5分", 1.5m, english);
        var second = LocalizedText.WithEnglishOnRead("扣1.5分", 1.5m, english);

        Assert.Equal(first, second);
        Assert.Equal(0, calls);
        Assert.Equal(first.English, second.English);
    }

    [Fact]
    public void Texts_from_different_states_or_functions_are_compared_by_their_composed_english()
    {
        var byState = LocalizedText.WithEnglishOnRead("扣分", 1.5m, static p => $"{p} points deducted");
        var otherState = LocalizedText.WithEnglishOnRead("扣分", 2m, static p => $"{p} points deducted");
        var otherFunction = LocalizedText.WithEnglishOnRead("扣分", 1.5m, static p => $"{p} points deducted".ToString());
        var eager = new LocalizedText("扣分", "1.5 points deducted");

        Assert.NotEqual(byState, otherState);
        Assert.Equal(byState, otherFunction);
        Assert.Equal(byState, eager);
        Assert.Equal(eager, byState);
    }

    [Fact]
    public void Notes_built_from_equal_parts_are_equal_without_composing_their_english()
    {
        var calls = 0;
        LocalizedText Part(string chinese) => LocalizedText.WithEnglishOnRead(chinese, chinese, s =>
        {
            Interlocked.Increment(ref calls);
            return $"part {s}";
        });

        var first = Notes.Numbered(Part("一"), Part("二"));
        var second = Notes.Numbered(Part("一"), Part("二"));
        var different = Notes.Numbered(Part("一"), LocalizedText.WithEnglishOnRead("二", "二", static s => $"other {s}"));

        Assert.Equal(first, second);
        Assert.Equal(0, calls);
        Assert.NotEqual(first, different);
        Assert.Equal(first.English, second.English);
        Assert.NotEqual(first.English, different.English);
    }
}
