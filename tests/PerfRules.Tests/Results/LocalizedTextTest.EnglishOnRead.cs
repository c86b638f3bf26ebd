using PerfRules.Engine;
using PerfRules.Evaluation;
using PerfRules.Indicators;
using PerfRules.Results;
using PerfRules.Scorecards;
using PerfRules.Tests.Evaluation;

namespace PerfRules.Tests.Results;

/// <summary>Texts whose English a rule author composes on first read (<see cref="LocalizedText.WithEnglishOnRead(string, Func{string})"/>).</summary>
public sealed partial class LocalizedTextTest
{
    [Fact]
    public void English_on_read_is_the_eager_text()
    {
        var points = 1.5m;
        var eager = new LocalizedText($"扣{points}分", $"{points} points deducted");

        var closure = LocalizedText.WithEnglishOnRead($"扣{points}分", () => $"{points} points deducted");
        var stated = LocalizedText.WithEnglishOnRead($"扣{points}分", points, static p => $"{p} points deducted");

        foreach (var text in new[] { closure, stated })
        {
            Assert.Equal("扣1.5分", text.Chinese);
            Assert.Equal("扣1.5分", text.Get());
            Assert.Equal("1.5 points deducted", text.English);
            Assert.Equal("1.5 points deducted", text.Get(Language.English));
            Assert.Equal("扣1.5分", text.ToString());
        }
    }

    [Fact]
    public void English_on_read_is_composed_when_first_read_and_only_once()
    {
        var calls = 0;
        var text = LocalizedText.WithEnglishOnRead("按时公开", () =>
        {
            calls++;
            return "published on time";
        });

        Assert.Equal("按时公开", text.Get());
        Assert.Equal(0, calls);

        Assert.Equal("published on time", text.English);
        Assert.Equal("published on time", text.Get(Language.English));
        Assert.Equal("published on time", text.English);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void English_on_read_by_many_threads_at_once_is_the_same_text_for_all()
    {
        var text = LocalizedText.WithEnglishOnRead("扣0.5分", 0.5m, static p => $"{p} points deducted");

        var read = new string?[64];
        Parallel.For(0, read.Length, i => read[i] = text.Get(Language.English));

        Assert.All(read, english => Assert.Equal("0.5 points deducted", english));
        Assert.Equal("0.5 points deducted", text.English);
    }

    [Fact]
    public void English_on_read_compares_and_hashes_as_the_eager_text()
    {
        var eager = new LocalizedText("扣3分", "3 points deducted");
        var deferred = LocalizedText.WithEnglishOnRead("扣3分", 3, static p => $"{p} points deducted");

        Assert.Equal(eager, deferred);
        Assert.Equal(deferred, eager);
        Assert.Equal(eager.GetHashCode(), LocalizedText.WithEnglishOnRead("扣3分", () => "3 points deducted").GetHashCode());
        Assert.NotEqual(eager, LocalizedText.WithEnglishOnRead("扣3分", () => "3 points lost"));
        Assert.NotEqual(new LocalizedText("扣3分"), deferred);
    }

    [Fact]
    public void English_on_read_requires_Chinese_and_a_composer()
    {
        var blank = Assert.Throws<ArgumentException>(() => LocalizedText.WithEnglishOnRead(" ", () => "blank"));
        Assert.Equal("chinese", blank.ParamName);
        Assert.ThrowsAny<ArgumentException>(() => LocalizedText.WithEnglishOnRead(null!, 1, static n => $"{n}"));

        var noComposer = Assert.Throws<ArgumentNullException>(() => LocalizedText.WithEnglishOnRead("扣3分", (Func<string>)null!));
        Assert.Equal("english", noComposer.ParamName);
        Assert.Throws<ArgumentNullException>(() => LocalizedText.WithEnglishOnRead("扣3分", 3, null!));
    }

    [Fact]
    public void English_on_read_composed_as_null_is_an_error_naming_the_text()
    {
        var text = LocalizedText.WithEnglishOnRead("扣3分", () => null!);

        var error = Assert.Throws<InvalidOperationException>(() => text.English);
        Assert.Contains("扣3分", error.Message, StringComparison.Ordinal);
        Assert.Equal("扣3分", text.Get());
    }

    [Fact]
    public void A_scorecard_with_English_on_read_writes_the_same_JSON_as_with_eager_English()
    {
        static Scorecard Card(bool onRead) =>
            new ScorecardEvaluator(RuleSet.Create("Test", "1", new LocalizedText("测试规则集", "Test rule set"))
                .Group("1", new LocalizedText("一", "One"), 100m)
                .Indicator(new NoteRule(onRead))
                .Build())
            .Evaluate([new GivenScore("1.1", 92.5m)]);

        var eager = ScorecardJson.Serialize(Card(onRead: false));
        var deferred = Card(onRead: true);

        Assert.Equal(eager, ScorecardJson.Serialize(deferred));
        Assert.Contains("\"english\": \"7.5 points deducted\"", eager, StringComparison.Ordinal);
        Assert.Equal(deferred, ScorecardJson.Deserialize(eager));
    }

    /// <summary>Scores the given points with a note and deduction whose English is eager or composed on first read.</summary>
    private sealed class NoteRule(bool onRead) : IndicatorRule
    {
        public override IndicatorDefinition Indicator { get; } = new("1.1", new LocalizedText("一一", "One one"), 100m, new LocalizedText("按给定得分计分"));

        public override void Define()
        {
            IReadOnlyList<GivenScore> given = null!;
            When().Collect(() => given, g => g.Code == "1.1");
            Then().Yield(_ => FromSingle(given, g => Score(g.Points!.Value)));
        }

        private IndicatorResult Score(decimal points)
        {
            var lost = Weight - points;
            var reason = onRead
                ? LocalizedText.WithEnglishOnRead($"扣{lost}分", lost, static l => $"{l} points deducted")
                : new LocalizedText($"扣{lost}分", $"{lost} points deducted");
            var note = onRead
                ? LocalizedText.WithEnglishOnRead($"得{points}分", () => $"scores {points}")
                : new LocalizedText($"得{points}分", $"scores {points}");
            return Scored(points, note, deductions: [Deduction.Computed(lost, Name, reason)]);
        }
    }
}
