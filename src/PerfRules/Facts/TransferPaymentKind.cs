namespace PerfRules.Facts;

/// <summary>The kind of a transfer payment (转移支付), which sets its issuing deadline.</summary>
public enum TransferPaymentKind
{
    /// <summary>General transfer payment (一般性转移支付): issued within 30 days of the budget's approval in Suixi.</summary>
    General = 0,

    /// <summary>Special transfer payment (专项转移支付): within 60 days in Suixi.</summary>
    Special = 1,

    /// <summary>A transfer received from a higher level (上级转移支付): passed on within 30 days of receipt in Suixi.</summary>
    HigherLevel = 2,
}
