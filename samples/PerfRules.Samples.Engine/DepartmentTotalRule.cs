using PerfRules.Engine;

namespace PerfRules.Samples.Engine;

/// <summary>A collect: all payments of a department, totalled, for departments that made at least one.</summary>
[Name("Department total")]
public sealed class DepartmentTotalRule : Rule
{
    public override void Define()
    {
        Department department = null!;
        IReadOnlyList<Payment> payments = null!;

        When()
            .Match(() => department)
            .Collect(() => payments, p => p.DepartmentCode == department.Code)
                .Where(list => list.Count > 0);

        Then()
            .Do(ctx => ctx.Insert(Finding.Total(department, payments)));
    }
}
