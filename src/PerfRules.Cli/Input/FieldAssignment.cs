namespace PerfRules.Cli.Input;

/// <summary>
/// One <c>--set</c> of <c>whatif</c>: <c>BudgetExecution.ActualExpenditure=15737285.38</c>, or the short form
/// <c>actualExpenditure=15737285.38</c> when a single fact type in the facts file has that field.
/// </summary>
/// <param name="FactType">The fact type named, or null for the short form.</param>
/// <param name="Field">The field, as typed (matched ignoring case).</param>
/// <param name="Value">The new value, as typed: a number, a date (yyyy-MM-dd), true or false, a text, an enum name, or null.</param>
/// <param name="Text">The whole assignment as typed, for messages.</param>
internal sealed record FieldAssignment(string? FactType, string Field, string Value, string Text)
{
    /// <summary>Parses an assignment.</summary>
    /// <exception cref="InputException">The text is not of the form <c>[Type.]Field=value</c>.</exception>
    public static FieldAssignment Parse(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var target = equals > 0 ? text[..equals].Trim() : string.Empty;
        var dot = target.LastIndexOf('.');
        if (target.Length == 0 || dot == 0 || dot == target.Length - 1)
        {
            throw new InputException(
                $"--set '{text}': expected Type.Field=value or field=value, for example --set BudgetExecution.ActualExpenditure=15737285.38.");
        }

        var value = text[(equals + 1)..];
        return dot < 0
            ? new FieldAssignment(null, target, value, text)
            : new FieldAssignment(target[..dot], target[(dot + 1)..], value, text);
    }
}
