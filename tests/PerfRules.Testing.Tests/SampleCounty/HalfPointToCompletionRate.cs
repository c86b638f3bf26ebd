using PerfRules.Engine;
using PerfRules.Facts;
using PerfRules.Scoring;

namespace PerfRules.Testing.Tests.SampleCounty;

/// <summary>Moves 0.5 points of 2.2 to 1.1 when the department manages no transfer payments: 1.1 is then scored out of 4.5.</summary>
[Name("2.2 → 1.1 分值调整")]
public sealed class HalfPointToCompletionRate : Rule
{
    public override void Define()
    {
        TransferPaymentScope scope = null!;
        When()
            .Match(() => scope, s => !s.ManagesTransferPayments);
        Then()
            .Yield(_ => new WeightTransfer("2.2", "1.1", 0.5m));
    }
}
