// <quickstart-usings>
using PerfRules.Engine;
// </quickstart-usings>
using PerfRules.Engine.Tests.QuickStart;

namespace PerfRules.Engine.Tests.QuickStart
{
    // <quickstart>
    public sealed record Customer(int Id, string Name, bool IsPreferred);
    public sealed record Order(int Id, int CustomerId, decimal Amount);
    public sealed record Discount(int OrderId, decimal Percent);

    [Name("Preferred customer, large order")]
    public sealed class PreferredCustomerDiscountRule : Rule
    {
        public override void Define()
        {
            Customer customer = null!;
            Order order = null!;
            When()
                .Match(() => customer, c => c.IsPreferred)
                .Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount > 1000m);
            Then()
                .Do(ctx => ctx.Insert(new Discount(order.Id, 10m)));
        }
    }
    // </quickstart>
}

namespace PerfRules.Engine.Tests
{
    /// <summary>The README quick start, verbatim (docs/quickstart-engine.md), so that it never rots.</summary>
    public sealed class QuickStartTest
    {
        [Fact]
        public void Fire_QuickStart_PreferredCustomersLargeOrderGetsADiscount()
        {
            // <quickstart-usage>
            ISessionFactory factory = new RuleRepository().Add(new PreferredCustomerDiscountRule()).Compile();
            ISession session = factory.CreateSession();
            session.InsertAll([new Customer(1, "Lin", IsPreferred: true), new Order(10, 1, 1500m), new Order(11, 1, 200m)]);
            session.Fire();
            IReadOnlyList<Discount> discounts = session.Query<Discount>(); // [Discount { OrderId = 10, Percent = 10 }]
            // </quickstart-usage>

            Assert.Equal([new Discount(10, 10m)], discounts);
        }

        [Fact]
        public void Docs_QuickStartSnippet_IsTheCodeOfThisTest()
        {
            var root = FindRepositoryRoot();
            var source = File.ReadAllLines(Path.Combine(root, "tests", "PerfRules.Engine.Tests", "QuickStartTest.cs"));
            var markdown = File.ReadAllLines(Path.Combine(root, "docs", "quickstart-engine.md"));

            // Usings, then statements, then types: the order of a Program.cs with top-level statements.
            var expected = Region(source, "// <quickstart-usings>", "// </quickstart-usings>")
                .Concat(Region(source, "// <quickstart-usage>", "// </quickstart-usage>"))
                .Concat(Region(source, "// <quickstart>", "// </quickstart>"));
            var documented = Region(markdown, "```csharp", "```");
            var readme = Region(Region(File.ReadAllLines(Path.Combine(root, "README.md")), "<!-- quickstart -->", "<!-- /quickstart -->"), "```csharp", "```");

            Assert.Equal(expected, documented);
            Assert.Equal(expected, readme);
        }

        /// <summary>The trimmed, non-blank lines strictly between two marker lines.</summary>
        private static IEnumerable<string> Region(IEnumerable<string> lines, string start, string end) =>
            lines.SkipWhile(l => l.Trim() != start).Skip(1).TakeWhile(l => l.Trim() != end)
                .Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

        private static string FindRepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PerfRules.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("PerfRules.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
