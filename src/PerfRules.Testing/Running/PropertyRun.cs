using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using PerfRules.Testing.Variations;

namespace PerfRules.Testing.Running;

/// <summary>
/// Runs one property through FsCheck: the baseline itself first, then variations drawn from the seed, each checked;
/// the first failure is shrunk and handed back with its violation.
/// </summary>
internal static class PropertyRun
{
    // FsCheck's own gamma for a seed given alone (Rnd(seed)), so a seed replays the same stream it would in FsCheck.
    private const ulong Gamma = 11400714819323198485UL;

    public static RunResult Run(Arbitrary<Variation> variations, Func<Variation, IEnumerable<Variation>> shrink, int tests, ulong seed, Func<Variation, Violation?> check)
    {
        // The baseline is the case a reader knows: check it first, and if it fails let FsCheck shrink it alone.
        if (check(Variation.Identity) is not null)
        {
            return FsCheckRun(Arb.From(Gen.Constant(Variation.Identity), shrink), 1, seed, check, testsBefore: 0);
        }

        return tests > 1
            ? FsCheckRun(variations, tests - 1, seed, check, testsBefore: 1)
            : new RunResult(true, 1, 0, null, null);
    }

    private static RunResult FsCheckRun(Arbitrary<Variation> variations, int tests, ulong seed, Func<Variation, Violation?> check, int testsBefore)
    {
        var runner = new CapturingRunner();
        var config = Config.Quick
            .WithMaxTest(tests)
            .WithQuietOnSuccess(true)
            .WithRunner(runner)
            .WithReplay(seed, Gamma);
        Check.One(config, Prop.ForAll(variations, (Variation variation) =>
        {
            if (check(variation) is { } violation)
            {
                throw new PropertyViolationException(violation);
            }
        }));

        var result = runner.Result ?? throw new InvalidOperationException("FsCheck finished without a result.");
        if (result is not TestResult.Failed failed)
        {
            return new RunResult(true, testsBefore + tests, 0, null, null);
        }

        var failing = failed.Item3.OfType<Variation>().FirstOrDefault() ?? failed.Item2.OfType<Variation>().FirstOrDefault();

        // Re-check the shrunk case for its violation: the outcome FsCheck keeps may be the original one's.
        var violation = (failing is not null ? check(failing) : null) ?? Unwrap(failed.Item4);
        return new RunResult(false, testsBefore + failed.Item1.NumberOfTests, failed.Item1.NumberOfShrinks, failing, violation);
    }

    private static Violation? Unwrap(Outcome outcome)
    {
        if (outcome is not Outcome.Failed { Item: { } exception })
        {
            return null;
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is PropertyViolationException violation)
            {
                return violation.Violation;
            }
        }

        return new Violation($"The property threw {exception.GetType().Name}: {exception.Message}", [], null, []);
    }

    /// <summary>Keeps FsCheck's verdict instead of printing it.</summary>
    private sealed class CapturingRunner : IRunner
    {
        public TestResult? Result { get; private set; }

        public void OnStartFixture(Type type)
        {
        }

        public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
        {
        }

        public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
        {
        }

        public void OnFinished(string name, TestResult testResult) => Result = testResult;
    }
}
