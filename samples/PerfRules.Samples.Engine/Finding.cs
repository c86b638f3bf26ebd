namespace PerfRules.Samples.Engine;

/// <summary>What a rule concluded about a department; rules insert findings and the host reads them back.</summary>
public sealed record Finding(string DepartmentCode, string Text)
{
    /// <summary>The threshold above which a single payment needs a second look.</summary>
    public const decimal LargePaymentThreshold = 100_000m;

    // Rule actions are expression trees: building the text in a method keeps them to one readable call.
    public static Finding LargePayment(Department department, Payment payment) =>
        new(department.Code, $"{department.Name}: payment {payment.Voucher} of {payment.Amount:N2} yuan is at least {LargePaymentThreshold:N0}");

    public static Finding Total(Department department, IReadOnlyList<Payment> payments) =>
        new(department.Code, $"{department.Name}: {payments.Count} payments, {payments.Sum(p => p.Amount):N2} yuan in all");
}
