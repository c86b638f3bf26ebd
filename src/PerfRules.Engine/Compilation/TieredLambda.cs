using System.Linq.Expressions;
using PerfRules.Engine.Runtime;

namespace PerfRules.Engine.Compilation;

/// <summary>
/// Turns a rule's condition, key or action into a delegate that runs interpreted until its
/// <see cref="CompileAfterCalls"/>th call and compiled from then on.
/// </summary>
/// <remarks>
/// Compiling an expression generates IL and JIT-compiles it with full optimisation: about a millisecond each, which
/// for a rule set's hundreds of expressions dominated building a session factory. Most expressions of a rule set run a
/// few times per evaluation, many never in a given process: they are prepared for the interpreter on their first call,
/// so building costs nothing per expression, and the ones that run often are compiled once they have shown it, so
/// evaluation keeps its compiled speed. Compiling takes the lambdas nested in the expression out of it
/// (<see cref="NestedLambdas"/>), so that running it does not create them anew through reflection.
/// </remarks>
internal static class TieredLambda
{
    /// <summary>The call on which an expression is compiled; the calls before it are interpreted.</summary>
    public const int CompileAfterCalls = 16;

    public static Func<object, bool> Of(Expression<Func<object, bool>> lambda)
    {
        var tier = new Tier<Func<object, bool>>(lambda);
        return fact => (tier.Compiled ?? tier.Current())(fact);
    }

    public static Func<object, object?> Of(Expression<Func<object, object?>> lambda)
    {
        var tier = new Tier<Func<object, object?>>(lambda);
        return fact => (tier.Compiled ?? tier.Current())(fact);
    }

    public static Func<Token, object, bool> Of(Expression<Func<Token, object, bool>> lambda)
    {
        var tier = new Tier<Func<Token, object, bool>>(lambda);
        return (token, fact) => (tier.Compiled ?? tier.Current())(token, fact);
    }

    public static Func<Token, object?> Of(Expression<Func<Token, object?>> lambda)
    {
        var tier = new Tier<Func<Token, object?>>(lambda);
        return token => (tier.Compiled ?? tier.Current())(token);
    }

    public static Action<IContext, object?[]> Of(Expression<Action<IContext, object?[]>> lambda)
    {
        var tier = new Tier<Action<IContext, object?[]>>(lambda);
        return (context, arguments) => (tier.Compiled ?? tier.Current())(context, arguments);
    }

    public static Func<IContext, object?[], object?> Of(Expression<Func<IContext, object?[], object?>> lambda)
    {
        var tier = new Tier<Func<IContext, object?[], object?>>(lambda);
        return (context, arguments) => (tier.Compiled ?? tier.Current())(context, arguments);
    }

    /// <summary>
    /// The delegate to run for one call. Thread-safe: calls count atomically, exactly one call (the
    /// <see cref="CompileAfterCalls"/>th) compiles, and calls racing with it run interpreted until the compiled delegate
    /// is published. Both forms compute the same result, so which one a call runs never shows.
    /// </summary>
    internal sealed class Tier<T>(Expression<T> lambda)
        where T : Delegate
    {
        private T? _interpreted;
        private T? _compiled;
        private int _calls;

        /// <summary>Whether the interpreter has prepared the expression: not before its first call.</summary>
        public bool IsInterpreted => Volatile.Read(ref _interpreted) is not null;

        /// <summary>Whether the compiled delegate has replaced the interpreted one.</summary>
        public bool IsCompiled => Compiled is not null;

        /// <summary>
        /// The compiled delegate once there is one: read before <see cref="Current"/> so that, once compiled, a call
        /// costs one field read more than calling the compiled delegate itself.
        /// </summary>
        public T? Compiled => Volatile.Read(ref _compiled);

        public T Current()
        {
            if (Volatile.Read(ref _compiled) is { } compiled)
            {
                return compiled;
            }

            if (Interlocked.Increment(ref _calls) != CompileAfterCalls)
            {
                return Volatile.Read(ref _interpreted) ?? Interpret();
            }

            compiled = NestedLambdas.Compile(lambda);
            Volatile.Write(ref _compiled, compiled);
            return compiled;
        }

        // Even preparing an expression for the interpreter takes time, and many of a rule set's expressions never run in
        // a given process (the conditions of facts it is never given, the actions of rules that never fire): they are
        // prepared on their first call. Threads racing on it may each prepare one; the first kept is used from then on.
        private T Interpret()
        {
            var interpreted = lambda.Compile(preferInterpretation: true);
            return Interlocked.CompareExchange(ref _interpreted, interpreted, null) ?? interpreted;
        }
    }
}
