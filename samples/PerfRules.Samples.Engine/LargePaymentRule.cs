using PerfRules.Engine;

namespace PerfRules.Samples.Engine;

/// <summary>A join: each payment of a department at or above the threshold yields a finding.</summary>
[Name("Large payment")]
public sealed class LargePaymentRule : Rule
{
    public override void Define()
    {
        Department department = null!;
        Payment payment = null!;

        When()
            .Match(() => department)
            .Match(() => payment,
                p => p.DepartmentCode == department.Code,
                p => p.Amount >= Finding.LargePaymentThreshold);

        Then()
            .Do(ctx => ctx.Insert(Finding.LargePayment(department, payment)));
    }
}
