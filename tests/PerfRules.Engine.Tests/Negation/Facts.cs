namespace PerfRules.Engine.Tests.Negation;

public sealed class Customer(int id)
{
    public int Id { get; } = id;

    public override string ToString() => $"Customer#{Id}";
}

public sealed class Order(int id, int customerId)
{
    public int Id { get; } = id;

    public int CustomerId { get; set; } = customerId;

    public override string ToString() => $"Order#{Id}";
}
