namespace PerfRules.Engine.Tests.Support;

/// <summary>Compiles rules the way a host would: a repository, then a session factory.</summary>
public static class Rules
{
    public static ISessionFactory Compile(params Rule[] rules) => new RuleRepository().Add(rules).Compile();

    public static ISession Session(params Rule[] rules) => Compile(rules).CreateSession();
}
