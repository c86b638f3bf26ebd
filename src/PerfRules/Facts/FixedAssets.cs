namespace PerfRules.Facts;

/// <summary>Fixed assets (固定资产) at original value, in yuan, from the state-owned asset annual report.</summary>
/// <param name="OriginalValue">All fixed assets at original value (固定资产原值), e.g. 19733782.26.</param>
/// <param name="InUseOriginalValue">Fixed assets in use at original value (在用固定资产原值), e.g. 19733782.26.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record FixedAssets(decimal OriginalValue, decimal InUseOriginalValue) : IFact
{
    /// <inheritdoc />
    public IReadOnlyList<FactProblem> Validate() =>
        new FactChecks(nameof(FixedAssets))
            .NotNegative(nameof(OriginalValue), "固定资产原值", OriginalValue)
            .NotNegative(nameof(InUseOriginalValue), "在用固定资产原值", InUseOriginalValue)
            .AtMost(nameof(InUseOriginalValue), "在用固定资产原值", InUseOriginalValue, nameof(OriginalValue), "固定资产原值", OriginalValue)
            .Problems;
}
