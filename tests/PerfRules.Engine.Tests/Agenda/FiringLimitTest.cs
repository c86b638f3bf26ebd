using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Agenda;

/// <summary>Two rules that update each other's facts forever hit <see cref="SessionOptions.FiringLimit"/>.</summary>
public sealed class FiringLimitTest
{
    public sealed class Ping
    {
        public int Hits { get; set; }
    }

    public sealed class Pong
    {
        public int Hits { get; set; }
    }

    internal static void Hit(Ping ping) => ping.Hits++;

    internal static void Hit(Pong pong) => pong.Hits++;

    [Name("Ping hits pong")]
    public sealed class PingHitsPongRule : Rule
    {
        public override void Define()
        {
            Ping ping = null!;
            Pong pong = null!;
            When()
                .Match(() => ping)
                .Match(() => pong);
            Then()
                .Do(ctx => Hit(pong))
                .Do(ctx => ctx.Update(pong));
        }
    }

    [Name("Pong hits ping")]
    public sealed class PongHitsPingRule : Rule
    {
        public override void Define()
        {
            Pong pong = null!;
            Ping ping = null!;
            When()
                .Match(() => pong)
                .Match(() => ping);
            Then()
                .Do(ctx => Hit(ping))
                .Do(ctx => ctx.Update(ping));
        }
    }

    [Fact]
    public void Fire_RulesUpdateEachOthersFactsForever_ThrowsFiringLimitNamingBoth()
    {
        var session = Rules.Compile(new PingHitsPongRule(), new PongHitsPingRule())
            .CreateSession(new SessionOptions { FiringLimit = 50 });
        var ping = new Ping();
        var pong = new Pong();
        session.InsertAll([ping, pong]);

        var ex = Assert.Throws<RuleFiringLimitException>(() => session.Fire());

        Assert.Equal(50, ex.Limit);
        Assert.Equal(["Ping hits pong", "Pong hits ping"], ex.FiringsByRule.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(50, ex.FiringsByRule.Sum(p => p.Value));
        Assert.Contains("Ping hits pong", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Pong hits ping", ex.Message, StringComparison.Ordinal);
        Assert.Equal(50, ping.Hits + pong.Hits);
    }

    [Fact]
    public void CreateSession_FiringLimitNotPositive_Throws()
    {
        var factory = Rules.Compile(new PingHitsPongRule());

        Assert.Throws<ArgumentOutOfRangeException>(() => factory.CreateSession(new SessionOptions { FiringLimit = 0 }));
    }

    [Fact]
    public void SessionOptions_Default_IsDocumentedLimit()
    {
        Assert.Equal(100_000, new SessionOptions().FiringLimit);
        Assert.Equal(SessionOptions.DefaultFiringLimit, new SessionOptions().FiringLimit);
    }
}
