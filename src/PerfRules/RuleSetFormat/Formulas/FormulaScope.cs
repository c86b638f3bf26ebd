using System.Collections.Concurrent;
using PerfRules.Scoring;

namespace PerfRules.RuleSetFormat.Formulas;

/// <summary>
/// The facts a formula is evaluated over, and the working-day calendar <c>workdays(…)</c> counts with. A formula sees
/// the facts whose runtime type is (or derives from) a fact type it names; the order of the facts never changes a
/// result.
/// </summary>
/// <remarks>Build one per evaluation, or share one: it is immutable and thread-safe.</remarks>
public sealed class FormulaScope
{
    private readonly Dictionary<Type, List<object>> _byRuntimeType = [];
    private readonly ConcurrentDictionary<Type, IReadOnlyList<object>> _byFactType = new();

    /// <summary>Creates a scope.</summary>
    /// <param name="facts">The facts, e.g. a rule set's input; facts of types the formulas do not name are ignored.</param>
    /// <param name="calendar">
    /// The working-day calendar (工作日历) for <c>workdays(…)</c>, e.g. a <see cref="WeekendCalendar"/> with the year's
    /// holidays; when null, a formula that counts working days evaluates to an error instead of guessing the holidays.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> or one of its items is null.</exception>
    public FormulaScope(IEnumerable<object> facts, IWorkingDayCalendar? calendar = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            ArgumentNullException.ThrowIfNull(fact, nameof(facts));
            var type = fact.GetType();
            if (!_byRuntimeType.TryGetValue(type, out var list))
            {
                _byRuntimeType.Add(type, list = []);
            }

            list.Add(fact);
        }

        Calendar = calendar;
    }

    /// <summary>The working-day calendar, or null when none was given.</summary>
    public IWorkingDayCalendar? Calendar { get; }

    internal IReadOnlyList<object> FactsOf(Type factType) =>
        _byFactType.GetOrAdd(factType, static (type, byRuntimeType) =>
            byRuntimeType.TryGetValue(type, out var exact) && type.IsSealed
                ? exact
                : [.. byRuntimeType.Where(pair => type.IsAssignableFrom(pair.Key)).SelectMany(pair => pair.Value)],
            _byRuntimeType);
}
