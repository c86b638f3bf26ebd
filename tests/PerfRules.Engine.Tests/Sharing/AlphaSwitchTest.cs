using PerfRules.Engine.Tests.Support;
using EngineSession = PerfRules.Engine.Runtime.Session;

namespace PerfRules.Engine.Tests.Sharing;

/// <summary>
/// Rules whose patterns compare one value of a fact with constants (one rule per indicator code, say) share a lookup on
/// that value: a fact is tested only by the conditions whose constant it has, and behaves exactly as if every condition
/// had tested it, through updates that change the value, null values and values whose expression throws.
/// </summary>
public sealed class AlphaSwitchTest
{
    public sealed record Detail(string Code);

    public sealed record Answer(int Id, string? Code, Detail? Detail = null) : IIdentifiableFact
    {
        public object FactIdentity => Id;
    }

    public sealed class CodeRule(string? code, ActionLog log) : Rule
    {
        public override string Name => "code " + (code ?? "null");

        public override void Define()
        {
            Answer answer = null!;
            When().Match(() => answer, a => a.Code == code);
            Then().Do(ctx => log.Add(Name + ": " + answer.Id));
        }
    }

    public sealed class DetailCodeRule(string code, ActionLog log) : Rule
    {
        public override string Name => "detail " + code;

        public override void Define()
        {
            Answer answer = null!;
            When().Match(() => answer, a => a.Detail!.Code == code);
            Then().Do(ctx => log.Add(Name + ": " + answer.Id));
        }
    }

    private static readonly string[] Codes = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"];

    private readonly ActionLog _log = new();

    private ISession NewSession(params Rule[] more) => Rules.Session([.. Codes.Select(c => new CodeRule(c, _log)), .. more]);

    private static long ConditionEvaluations(ISession session) => ((EngineSession)session).Statistics.ConditionEvaluations;

    [Fact]
    public void Insert_FactsOfManyCodes_EachIsTestedOnlyByTheConditionOfItsCode()
    {
        var session = NewSession();

        session.InsertAll([new Answer(1, "2.1"), new Answer(2, "3.2"), new Answer(3, "9.9"), new Answer(4, "1.1")]);
        session.Fire();

        Assert.Equal(3, ConditionEvaluations(session));
        Assert.Equal(["code 2.1: 1", "code 3.2: 2", "code 1.1: 4"], _log.Entries);
    }

    [Fact]
    public void Update_FactChangesItsCode_LeavesTheOldRuleAndMatchesTheNew()
    {
        var session = NewSession();
        session.Insert(new Answer(1, "1.1"));
        session.Fire();

        session.Update(new Answer(1, "2.2"));
        session.Fire();
        session.Update(new Answer(1, "9.9"));
        session.Fire();

        Assert.Equal(["code 1.1: 1", "code 2.2: 1"], _log.Entries);
        Assert.Empty(((EngineSession)session).LiveActivations());
    }

    [Fact]
    public void Insert_NullValue_MatchesTheConditionComparingWithNull()
    {
        var session = NewSession(new CodeRule(null, _log));

        session.InsertAll([new Answer(1, null), new Answer(2, "1.2")]);
        session.Fire();

        Assert.Equal(["code null: 1", "code 1.2: 2"], _log.Entries);
    }

    [Fact]
    public void Insert_ValueThrows_EveryConditionReportsItsOwnError()
    {
        var session = Rules.Session([.. Codes.Select(c => new DetailCodeRule(c, _log))]);
        var failed = new List<string>();
        session.ConditionFailed += (_, e) =>
        {
            failed.Add(e.Exception.RuleNames.Single());
            e.IsHandled = true;
        };

        session.InsertAll([new Answer(1, null), new Answer(2, null, new Detail("2.1"))]);
        session.Fire();

        Assert.Equal(Codes.Select(c => "detail " + c), failed);
        Assert.Equal(["detail 2.1: 2"], _log.Entries);
    }
}
