using System.Linq.Expressions;

namespace PerfRules.Engine;

/// <summary>
/// Builds a rule's left-hand side: a sequence of patterns, each matched against working memory in order.
/// A condition may refer to facts bound by earlier patterns, which joins the patterns.
/// </summary>
/// <remarks>
/// Conditions are expression trees, not delegates: the compiler reads them to share identical conditions between
/// rules, to turn equality conditions between patterns into hashed joins, and to name them in errors. Keep them free
/// of side effects; the engine decides when and how often they run.
/// </remarks>
public interface ILeftHandSideExpression
{
    /// <summary>Matches facts of type <typeparamref name="T"/> (including derived types) that satisfy every condition and binds each to <paramref name="alias"/>.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable the fact is bound to, as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may use variables bound by earlier patterns.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Matches facts of type <typeparamref name="T"/> that satisfy every condition, without binding them to a variable.</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may use variables bound by earlier patterns.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Matches when no fact of type <typeparamref name="T"/> satisfies the conditions (negation).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may use variables bound by earlier patterns.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Matches once when at least one fact of type <typeparamref name="T"/> satisfies the conditions (existential quantifier).</summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may use variables bound by earlier patterns.</param>
    /// <returns>This builder.</returns>
    ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>
    /// Binds the list of all facts of type <typeparamref name="T"/> that satisfy the conditions, kept up to date as
    /// facts come and go. The list is in fact-insertion order.
    /// </summary>
    /// <remarks>
    /// When no fact matches, the pattern still matches, with an empty list: a rule can react to "none". Add
    /// <c>.Where(list =&gt; list.Count &gt; 0)</c> to require at least one. The list an action receives is a snapshot
    /// taken when the rule fires.
    /// </remarks>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable the list is bound to, as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on each fact; they may use variables bound by earlier patterns.</param>
    /// <returns>A builder on which conditions on the whole list can be added.</returns>
    IAggregateExpression<IReadOnlyList<T>> Collect<T>(Expression<Func<IReadOnlyList<T>>> alias, params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>
    /// Groups the facts of type <typeparamref name="T"/> that satisfy the conditions by a key, and matches once for
    /// each group, binding the group to <paramref name="alias"/>. Groups are kept up to date as facts come and go; a
    /// group that loses its last fact stops matching.
    /// </summary>
    /// <remarks>When no fact matches, there is no group and the pattern does not match. Groups appear in the order of their first fact.</remarks>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable each group is bound to, as <c>() =&gt; variable</c>.</param>
    /// <param name="keySelector">The key of a fact; it may only use the fact itself.</param>
    /// <param name="conditions">Conditions on each fact; they may use variables bound by earlier patterns.</param>
    /// <returns>A builder on which conditions on each group can be added.</returns>
    IAggregateExpression<IGrouping<TKey, T>> GroupBy<TKey, T>(Expression<Func<IGrouping<TKey, T>>> alias, Expression<Func<T, TKey>> keySelector, params Expression<Func<T, bool>>[] conditions) where T : class;
}
