using PerfRules.Engine;
using PerfRules.Samples.Engine;

// Compile once: the factory is immutable and thread-safe; sessions are cheap and single-threaded.
var factory = new RuleRepository()
    .Add(new LargePaymentRule(), new DepartmentTotalRule())
    .Compile();

var session = factory.CreateSession();
session.RuleFired += (_, e) => Console.WriteLine($"fired: {e.Rule.Name} [{string.Join(", ", e.Facts.Select(Describe))}]");

session.InsertAll(
[
    new Department("HRSS", "人力资源和社会保障局"),
    new Department("FIN", "财政局"),
    new Payment("HRSS", "2022年12月60#", 128_500.00m),
    new Payment("HRSS", "2022年11月12#", 3_200.50m),
    new Payment("HRSS", "2022年10月7#", 100_000.00m),
]);

var fired = session.Fire();

Console.WriteLine($"{fired} rules fired. Findings:");
foreach (var finding in session.Query<Finding>())
{
    Console.WriteLine($"  {finding.DepartmentCode}  {finding.Text}");
}

static string Describe(object fact) => fact switch
{
    Department d => d.Code,
    Payment p => p.Voucher,
    IReadOnlyList<Payment> list => $"{list.Count} payments",
    _ => fact.ToString() ?? string.Empty,
};
