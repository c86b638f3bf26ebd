using System.Linq.Expressions;

namespace PerfRules.Engine;

/// <summary>Builds a rule's right-hand side: the actions run, in order, each time the rule fires.</summary>
public interface IRightHandSideExpression
{
    /// <summary>Adds an action. It may use every variable bound on the left-hand side, and the <see cref="IContext"/> to change working memory.</summary>
    /// <param name="action">The action, as <c>ctx =&gt; …</c>.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);

    /// <summary>
    /// Adds a linked fact: the engine inserts the fact the expression returns when the rule first fires for a match,
    /// replaces it with a freshly computed one each time the match changes and fires again, and retracts it when the
    /// match disappears (truth maintenance). A linked fact lives exactly as long as the match that produced it.
    /// </summary>
    /// <typeparam name="TFact">The linked fact's type.</typeparam>
    /// <param name="fact">Computes the linked fact from the match, as <c>ctx =&gt; new …</c>.</param>
    /// <returns>This builder.</returns>
    IRightHandSideExpression Yield<TFact>(Expression<Func<IContext, TFact>> fact) where TFact : class;
}
