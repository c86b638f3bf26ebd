namespace PerfRules.Facts;

/// <summary>
/// A fact an evaluator collects about the department, which can say what is wrong with itself before anything is
/// scored from it.
/// </summary>
public interface IFact
{
    /// <summary>Checks the fact's own consistency: negative amounts, a publication before its approval, and so on.</summary>
    /// <returns>Every problem found; empty when the fact is consistent.</returns>
    IReadOnlyList<FactProblem> Validate();
}
