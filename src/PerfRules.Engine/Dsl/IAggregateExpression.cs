using System.Linq.Expressions;

namespace PerfRules.Engine;

/// <summary>A left-hand side that has just added an aggregate (a collect or a group-by), on which conditions on the aggregate's result can be added.</summary>
/// <typeparam name="TResult">The aggregate's result: a list, or a group.</typeparam>
public interface IAggregateExpression<TResult> : ILeftHandSideExpression
{
    /// <summary>Adds conditions on the aggregate's result (for example <c>list =&gt; list.Count &gt;= 3</c>); the pattern matches only while all hold.</summary>
    /// <param name="conditions">Conditions on the result; they may use variables bound by earlier patterns.</param>
    /// <returns>This builder, to continue the left-hand side.</returns>
    ILeftHandSideExpression Where(params Expression<Func<TResult, bool>>[] conditions);
}
