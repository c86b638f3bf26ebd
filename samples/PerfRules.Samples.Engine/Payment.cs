namespace PerfRules.Samples.Engine;

/// <summary>A payment a department made, with the accounting voucher (凭证) that records it.</summary>
public sealed record Payment(string DepartmentCode, string Voucher, decimal Amount);
