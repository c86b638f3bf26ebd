using System.Linq.Expressions;
using PerfRules.Engine.Compilation;
using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Compilation;

/// <summary>
/// Lambdas nested in a condition or action are hoisted out of it when it is compiled, compiled once and bound to the
/// values they capture when it runs: it computes exactly what it did, interpreted and compiled, its tree keeps no nested
/// lambda except those that must stay (quoted ones), and expressions that assign are left alone.
/// </summary>
public sealed class NestedLambdasTest
{
    private static readonly ParameterExpression Arguments = Expression.Parameter(typeof(object?[]), "arguments");

    /// <summary>The methods the test actions call with nested lambdas.</summary>
    public static class Calls
    {
        public static int Apply(int[] facts, Func<int, int> score) => facts.Sum(score);

        public static int Apply2(int[] facts, Func<int, int, int> score) => facts.Sum(f => score(f, f));

        public static int Later(Func<int> value) => value();

        public static int First(int[] facts, Func<int, int> score) => score(facts[0]);

        public static int Twice(int fact) => fact * 2;

        public static void Each(int[] facts, Action<int> action)
        {
            foreach (var fact in facts)
            {
                action(fact);
            }
        }
    }

    private static Expression Argument<T>(int index) => Expression.Convert(Expression.ArrayIndex(Arguments, Expression.Constant(index)), typeof(T));

    private static Expression Call(string method, params Expression[] arguments) =>
        Expression.Call(typeof(Calls).GetMethod(method)!, arguments);

    /// <summary>How many lambdas a tree still holds (the hoisted ones live in constants, not in the tree).</summary>
    private static int LambdaCount(Expression expression)
    {
        var counter = new LambdaCounter();
        counter.Visit(expression);
        return counter.Count;
    }

    /// <summary>Runs the body as an action would, compiled as written and tiered (interpreted, then compiled with its
    /// nested lambdas hoisted), and checks they agree on every run.</summary>
    private static void AssertSameResults(Expression body, object?[] arguments, object expected)
    {
        var original = Expression.Lambda<Func<object?[], object?>>(Expression.Convert(body, typeof(object)), Arguments).Compile();
        var tiered = TieredLambda.Of(Expression.Lambda<Func<IContext, object?[], object?>>(
            Expression.Convert(body, typeof(object)), Expression.Parameter(typeof(IContext), "context"), Arguments));

        Assert.Equal(expected, original(arguments));
        for (var run = 0; run < 2 * TieredLambda.CompileAfterCalls; run++)
        {
            Assert.Equal(expected, tiered(null!, arguments));
        }
    }

    [Fact]
    public void Hoist_LambdaCapturingNothing_UsedAsItIs()
    {
        var e = Expression.Parameter(typeof(int), "e");
        var body = Call(nameof(Calls.Apply), Argument<int[]>(0), Expression.Lambda<Func<int, int>>(Expression.Multiply(e, Expression.Constant(2)), e));

        Assert.Equal(0, LambdaCount(NestedLambdas.Hoist(body)));
        AssertSameResults(body, [new[] { 1, 2, 3 }], 12);
    }

    [Fact]
    public void Hoist_LambdaCapturingARuleVariable_BoundToItsValueOnEachRun()
    {
        // arguments => Apply((int[])arguments[0], e => e + ((int[])arguments[1]).Length)
        var e = Expression.Parameter(typeof(int), "e");
        var body = Call(nameof(Calls.Apply), Argument<int[]>(0),
            Expression.Lambda<Func<int, int>>(Expression.Add(e, Expression.ArrayLength(Argument<int[]>(1))), e));

        Assert.Equal(0, LambdaCount(NestedLambdas.Hoist(body)));
        AssertSameResults(body, [new[] { 1, 2, 3 }, new[] { 7, 7 }], 12);
        AssertSameResults(body, [new[] { 10 }, new int[5]], 15);
    }

    [Fact]
    public void Hoist_ThreeLevels_InnerLambdaCapturesTheParametersOfBothOuterOnesAndARuleVariable()
    {
        // arguments => Apply2(facts, (a, b) => Apply(facts, c => Later(() => a * 100 + b * 10 + c + ((int[])arguments[1]).Length)))
        var a = Expression.Parameter(typeof(int), "a");
        var b = Expression.Parameter(typeof(int), "b");
        var c = Expression.Parameter(typeof(int), "c");
        var sum = Expression.Add(
            Expression.Add(Expression.Add(Expression.Multiply(a, Expression.Constant(100)), Expression.Multiply(b, Expression.Constant(10))), c),
            Expression.ArrayLength(Argument<int[]>(1)));
        var innermost = Expression.Lambda<Func<int>>(sum);
        var middle = Expression.Lambda<Func<int, int>>(Call(nameof(Calls.Later), innermost), c);
        var outer = Expression.Lambda<Func<int, int, int>>(Call(nameof(Calls.Apply), Argument<int[]>(0), middle), a, b);
        var body = Call(nameof(Calls.Apply2), Argument<int[]>(0), outer);

        Assert.Equal(0, LambdaCount(NestedLambdas.Hoist(body)));
        int[] facts = [1, 2];
        var expected = facts.Sum(x => facts.Sum(y => (x * 100) + (x * 10) + y + 3));
        AssertSameResults(body, [facts, new int[3]], expected);
    }

    [Fact]
    public void Hoist_ActionLambdaWhoseBodyHasAValue_ValueDiscardedAsBefore()
    {
        // arguments => Each(facts, x => ((HashSet<int>)arguments[1]).Add(x)): an Action<int> whose body is a bool.
        var x = Expression.Parameter(typeof(int), "x");
        var add = Expression.Call(Argument<HashSet<int>>(1), typeof(HashSet<int>).GetMethod(nameof(HashSet<int>.Add))!, x);
        var body = Expression.Block(
            Call(nameof(Calls.Each), Argument<int[]>(0), Expression.Lambda<Action<int>>(add, x)),
            Expression.Property(Argument<HashSet<int>>(1), nameof(HashSet<int>.Count)));

        // A block without variables or assignments is still hoisted.
        var hoisted = NestedLambdas.Hoist(body);
        Assert.Equal(0, LambdaCount(hoisted));
        var seen = new HashSet<int>();
        var run = Expression.Lambda<Func<object?[], int>>(hoisted, Arguments).Compile();
        Assert.Equal(3, run([new[] { 1, 2, 2, 3 }, seen]));
        Assert.Equal([1, 2, 3], seen.Order());
    }

    [Fact]
    public void Hoist_QuotedLambda_StaysAnExpression()
    {
        // arguments => ((IQueryable<int>)arguments[0]).Where(x => x > 1).Count()
        var x = Expression.Parameter(typeof(int), "x");
        var source = Argument<IQueryable<int>>(0);
        var where = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(int)], source,
            Expression.Quote(Expression.Lambda<Func<int, bool>>(Expression.GreaterThan(x, Expression.Constant(1)), x)));
        var body = Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(int)], where);

        Assert.Equal(1, LambdaCount(NestedLambdas.Hoist(body)));
        AssertSameResults(body, [new[] { 1, 2, 3 }.AsQueryable()], 2);
    }

    [Fact]
    public void Compile_TieredConditionWithCaptureFreeNestedLambda_CompiledFormCreatesNoDelegatePerRun()
    {
        // fact => First((int[])fact, e => e * 2) > 0
        var fact = Expression.Parameter(typeof(object), "fact");
        var e = Expression.Parameter(typeof(int), "e");
        var condition = Expression.Lambda<Func<object, bool>>(
            Expression.GreaterThan(
                Call(nameof(Calls.First), Expression.Convert(fact, typeof(int[])), Expression.Lambda<Func<int, int>>(Expression.Multiply(e, Expression.Constant(2)), e)),
                Expression.Constant(0)),
            fact);
        var asWritten = condition.Compile();
        var tiered = TieredLambda.Of(condition);
        int[] facts = [3];
        for (var run = 0; run < 2 * TieredLambda.CompileAfterCalls; run++)
        {
            Assert.True(tiered(facts));
            Assert.True(asWritten(facts));
        }

        // The expression compiler creates the nested delegate on every run; the tier's compiled form holds it once.
        Assert.True(AllocatedBy(() => asWritten(facts)) > 0);
        Assert.Equal(0, AllocatedBy(() => tiered(facts)));
    }

    [Fact]
    public void Compile_TieredConditionWithMethodGroup_CompiledFormCreatesTheDelegateOnce()
    {
        // C# writes the method group as MethodInfo.CreateDelegate(typeof(Func<int, int>), null) on Twice, made on each run.
        Expression<Func<object, bool>> condition = fact => Calls.First((int[])fact, Calls.Twice) == 6;
        var asWritten = condition.Compile();
        var tiered = TieredLambda.Of(condition);
        int[] facts = [3];
        for (var run = 0; run < 2 * TieredLambda.CompileAfterCalls; run++)
        {
            Assert.True(tiered(facts));
            Assert.True(asWritten(facts));
        }

        Assert.True(AllocatedBy(() => asWritten(facts)) > 0);
        Assert.Equal(0, AllocatedBy(() => tiered(facts)));
    }

    private static long AllocatedBy(Func<bool> run)
    {
        run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            run();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Hoist_ActionThatAssigns_LeftAsItIs()
    {
        var total = Expression.Variable(typeof(int), "total");
        var e = Expression.Parameter(typeof(int), "e");
        var body = Expression.Block(
            [total],
            Expression.Assign(total, Expression.Constant(1)),
            Call(nameof(Calls.Apply), Argument<int[]>(0), Expression.Lambda<Func<int, int>>(Expression.Add(e, total), e)));

        Assert.Same(body, NestedLambdas.Hoist(body));
    }

    public sealed record Line(int Value);

    public sealed record Offset(int Value);

    [Name("Sum of lines with offset")]
    public sealed class NestedYieldRule : Rule
    {
        public override void Define()
        {
            Offset offset = null!;
            IReadOnlyList<Line> lines = null!;
            When()
                .Match(() => offset)
                .Collect(() => lines);
            Then()
                .Yield(_ => new Total(lines.Sum(l => l.Value + offset.Value) + lines.Count(l => lines.Any(m => m.Value > l.Value))));
        }
    }

    public sealed record Total(int Value);

    [Fact]
    public void Yield_NestedLambdasOverRuleVariables_SameTotalsInEverySessionAsTheyCompile()
    {
        var factory = Rules.Compile(new NestedYieldRule());
        for (var round = 0; round < 2 * TieredLambda.CompileAfterCalls; round++)
        {
            var session = factory.CreateSession();
            session.InsertAll([new Offset(round), new Line(1), new Line(2), new Line(round)]);
            session.Fire();

            int[] values = [1, 2, round];
            var expected = values.Sum(v => v + round) + values.Count(v => values.Any(w => w > v));
            Assert.Equal(expected, Assert.Single(session.Query<Total>()).Value);
        }
    }

    private sealed class LambdaCounter : ExpressionVisitor
    {
        public int Count { get; private set; }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            Count++;
            return base.VisitLambda(node);
        }
    }
}
