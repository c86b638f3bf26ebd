using PerfRules.Engine.Tests.Support;

namespace PerfRules.Engine.Tests.Aggregation;

/// <summary>Aggregate conditions and result conditions that use variables bound by earlier patterns.</summary>
public sealed class AggregateWithJoinedConditionTest
{
    public sealed class Department(string code, int quota)
    {
        public string Code { get; } = code;

        public int Quota { get; set; } = quota;

        public override string ToString() => Code;
    }

    public sealed class Expense(int id, string department, string category)
    {
        public int Id { get; } = id;

        public string Department { get; set; } = department;

        public string Category { get; } = category;
    }

    public static string Describe(IEnumerable<Expense> expenses) => string.Join(",", expenses.Select(e => e.Id).Order());

    [Name("Department over quota")]
    public sealed class OverQuotaRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Department department = null!;
            IReadOnlyList<Expense> expenses = null!;
            When()
                .Match(() => department)
                .Collect(() => expenses, e => e.Department == department.Code)
                .Where(list => list.Count > department.Quota);
            Then().Do(ctx => log.Add(department.Code + " over: " + Describe(expenses)));
        }
    }

    [Name("Expenses per department and category")]
    public sealed class PerCategoryRule(ActionLog log) : Rule
    {
        public override void Define()
        {
            Department department = null!;
            IGrouping<string, Expense> category = null!;
            When()
                .Match(() => department)
                .GroupBy(() => category, e => e.Category, e => e.Department == department.Code);
            Then().Do(ctx => log.Add(department.Code + "/" + category.Key + ": " + Describe(category)));
        }
    }

    private readonly ActionLog _log = new();

    [Fact]
    public void Fire_CollectResultConditionUsesEarlierAlias_OnlyDepartmentsOverTheirQuotaFire()
    {
        var session = Rules.Session(new OverQuotaRule(_log));

        session.InsertAll([
            new Department("HR", 1), new Department("IT", 2),
            new Expense(1, "HR", "travel"), new Expense(2, "HR", "meals"), new Expense(3, "IT", "travel"), new Expense(4, "IT", "cars"),
        ]);
        session.Fire();

        Assert.Equal(["HR over: 1,2"], _log.Entries);
    }

    [Fact]
    public void Fire_QuotaOfEarlierFactUpdated_ResultConditionReevaluated()
    {
        var session = Rules.Session(new OverQuotaRule(_log));
        var it = new Department("IT", 2);
        session.InsertAll([it, new Expense(3, "IT", "travel"), new Expense(4, "IT", "cars")]);
        Assert.Equal(0, session.Fire());

        it.Quota = 1;
        session.Update(it);

        Assert.Equal(1, session.Fire());
        Assert.Equal(["IT over: 3,4"], _log.Entries);
    }

    [Fact]
    public void Fire_GroupByConditionUsesEarlierAlias_GroupsAreFormedPerDepartment()
    {
        var session = Rules.Session(new PerCategoryRule(_log));

        session.InsertAll([
            new Department("HR", 0), new Department("IT", 0),
            new Expense(1, "HR", "travel"), new Expense(2, "IT", "travel"), new Expense(3, "HR", "travel"), new Expense(4, "HR", "meals"),
        ]);
        session.Fire();

        Assert.Equal(["HR/meals: 4", "HR/travel: 1,3", "IT/travel: 2"], _log.Entries.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fire_ExpenseMovesDepartment_GroupsOfBothDepartmentsChange()
    {
        var session = Rules.Session(new PerCategoryRule(_log));
        var moving = new Expense(3, "HR", "travel");
        session.InsertAll([new Department("HR", 0), new Department("IT", 0), new Expense(1, "HR", "travel"), moving]);
        session.Fire();
        _log.Take();

        moving.Department = "IT";
        session.Update(moving);
        session.Fire();

        Assert.Equal(["HR/travel: 1", "IT/travel: 3"], _log.Entries.Order(StringComparer.Ordinal));
    }
}
