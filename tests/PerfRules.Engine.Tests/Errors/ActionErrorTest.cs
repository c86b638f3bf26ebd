using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Errors;

/// <summary>An action that throws: a <see cref="RuleActionException"/> out of Fire() naming the rule, unless a handler handles it.</summary>
public sealed class ActionErrorTest
{
    public sealed class Letter(string recipient)
    {
        public string Recipient { get; } = recipient;

        public override string ToString() => $"Letter to {Recipient}";
    }

    internal static void Send(Letter letter)
    {
        if (letter.Recipient.Length == 0)
        {
            throw new InvalidOperationException("no recipient");
        }
    }

    [Name("Send letters")]
    public sealed class SendLettersRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Letter letter = null!;
            When().Match(() => letter);
            Then()
                .Do(ctx => Send(letter))
                .Do(ctx => log.Add("sent to " + letter.Recipient));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_ActionThrows_RuleActionExceptionNamesRule()
    {
        var session = Rules.Session(new SendLettersRule(_log));
        var blank = new Letter("");
        session.Insert(blank);

        var ex = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("Send letters", ex.RuleName);
        Assert.Contains("Send letters", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["Send letters"], ex.RuleNames);
        Assert.Contains(blank, ex.Facts);
        Assert.IsType<InvalidOperationException>(ex.InnerException);
        Assert.Empty(_log.Entries);
    }

    [Fact]
    public void Fire_HandlerMarksActionErrorHandled_SkipsRestOfThatFiringAndGoesOn()
    {
        var session = Rules.Session(new SendLettersRule(_log));
        var errors = new List<string>();
        session.ActionFailed += (_, e) =>
        {
            errors.Add(((RuleActionException)e.Exception).RuleName);
            e.IsHandled = true;
        };

        session.InsertAll([new Letter(""), new Letter("Wang"), new Letter("Li")]);
        session.Fire();

        Assert.Equal(["Send letters"], errors);
        Assert.Equal(["sent to Wang", "sent to Li"], _log.Entries);
        Assert.Equal(0, session.PendingActivationCount);
    }

    [Fact]
    public void Fire_HandlerLeavesErrorUnhandled_StillThrows()
    {
        var session = Rules.Session(new SendLettersRule(_log));
        var raised = 0;
        session.ActionFailed += (_, _) => raised++;
        session.Insert(new Letter(""));

        Assert.Throws<RuleActionException>(() => session.Fire());
        Assert.Equal(1, raised);
    }
}
