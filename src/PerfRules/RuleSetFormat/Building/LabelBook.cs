using PerfRules.Results;
using PerfRules.RuleSetFormat.Documents;
using PerfRules.RuleSetFormat.Formulas;
using PerfRules.RuleSetFormat.Formulas.Syntax;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>
/// The names notes give the values formulas read, keyed by the expression in a normal form, so that
/// <c>"BudgetExecution.ActualExpenditure"</c> labels that read however it is spaced. A block's own labels take
/// precedence over the document's.
/// </summary>
internal sealed class LabelBook
{
    private readonly Dictionary<string, LabelSpec> _labels;
    private readonly HashSet<string> _used = [];

    private LabelBook(Dictionary<string, LabelSpec> labels) => _labels = labels;

    public static LabelBook Empty { get; } = new([]);

    /// <summary>Reads labels; a key that is not an expression over the schema is reported.</summary>
    public static LabelBook Of(IEnumerable<LabelSpec> labels, FormulaCache cache, Diagnostics diagnostics, LabelBook? inherited = null)
    {
        var book = new Dictionary<string, LabelSpec>(inherited?._labels ?? [], StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (cache.TryParse(label.Key, out var formula, out var errors))
            {
                book[SyntaxPrinter.Print(formula.Syntax)] = label;
            }
            else
            {
                diagnostics.Error(label.Location,
                    $"名称的键“{label.Key}”应是公式中读取的值，如BudgetExecution.ActualExpenditure：{errors[0].Describe()}",
                    $"the label key \"{label.Key}\" should be a value formulas read, such as BudgetExecution.ActualExpenditure: {errors[0].Describe(Language.English)}");
            }
        }

        return new LabelBook(book);
    }

    /// <summary>The label of an expression in normal form, or null.</summary>
    public LabelSpec? Find(string expression)
    {
        if (_labels.TryGetValue(expression, out var label))
        {
            _used.Add(expression);
            return label;
        }

        return null;
    }

    /// <summary>The labels of <paramref name="own"/> that no formula read: probably a typo in the key.</summary>
    public IEnumerable<LabelSpec> Unused(IEnumerable<LabelSpec> own) => own.Where(IsUnused);

    // A loop rather than LINQ over the dictionary's key-value pairs (a value type), compiled anew in every process.
    private bool IsUnused(LabelSpec label)
    {
        foreach (var (expression, entry) in _labels)
        {
            if (entry == label && !_used.Contains(expression))
            {
                return true;
            }
        }

        return false;
    }
}
