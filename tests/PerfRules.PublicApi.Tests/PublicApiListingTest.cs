using PerfRules.PublicApi.Tests.Fixtures;
using PerfRules.PublicApi.Tests.Listing;

namespace PerfRules.PublicApi.Tests;

/// <summary>What the listing writes for each shape a public API can take (the types in Fixtures/ApiShapes.cs).</summary>
public sealed class PublicApiListingTest
{
    private static readonly IReadOnlyList<string> Listing =
        PublicApiListing.Of(typeof(Shape).Assembly.GetTypes().Where(t => t.Namespace == typeof(Shape).Namespace));

    [Fact]
    public void Listing_the_fixtures_writes_every_visible_declaration_with_its_full_signature()
    {
        Assert.Equal(Expected.Split('\n'), Listing);
    }

    [Fact]
    public void Internal_types_private_protected_members_and_compiler_generated_members_are_left_out()
    {
        Assert.DoesNotContain(Listing, line => line.Contains("NotListed", StringComparison.Ordinal));
        Assert.DoesNotContain(Listing, line => line.Contains("Hidden", StringComparison.Ordinal));
        Assert.DoesNotContain(Listing, line => line.Contains("Internal", StringComparison.Ordinal));
        Assert.DoesNotContain(Listing, line => line.Contains("<Clone>$", StringComparison.Ordinal));
        Assert.DoesNotContain(Listing, line => line.Contains("EqualityContract", StringComparison.Ordinal));
    }

    private const string Expected =
        """
        public interface PerfRules.PublicApi.Tests.Fixtures.IConverter<in TIn, out TOut> where TIn : notnull
        public TOut? PerfRules.PublicApi.Tests.Fixtures.IConverter<TIn, TOut>.Convert(TIn value)
        public readonly struct PerfRules.PublicApi.Tests.Fixtures.Money
        public PerfRules.PublicApi.Tests.Fixtures.Money.Money(decimal amount)
        public decimal PerfRules.PublicApi.Tests.Fixtures.Money.Amount { get; }
        public sealed record PerfRules.PublicApi.Tests.Fixtures.Point : System.IEquatable<PerfRules.PublicApi.Tests.Fixtures.Point>
        public PerfRules.PublicApi.Tests.Fixtures.Point.Point(int X, string? Label)
        public string? PerfRules.PublicApi.Tests.Fixtures.Point.Label { get; init; }
        public int PerfRules.PublicApi.Tests.Fixtures.Point.X { get; init; }
        public void PerfRules.PublicApi.Tests.Fixtures.Point.Deconstruct(out int X, out string? Label)
        public bool PerfRules.PublicApi.Tests.Fixtures.Point.Equals(PerfRules.PublicApi.Tests.Fixtures.Point? other)
        public override bool PerfRules.PublicApi.Tests.Fixtures.Point.Equals(object? obj)
        public override int PerfRules.PublicApi.Tests.Fixtures.Point.GetHashCode()
        public override string PerfRules.PublicApi.Tests.Fixtures.Point.ToString()
        public static bool PerfRules.PublicApi.Tests.Fixtures.Point.operator ==(PerfRules.PublicApi.Tests.Fixtures.Point? left, PerfRules.PublicApi.Tests.Fixtures.Point? right)
        public static bool PerfRules.PublicApi.Tests.Fixtures.Point.operator !=(PerfRules.PublicApi.Tests.Fixtures.Point? left, PerfRules.PublicApi.Tests.Fixtures.Point? right)
        public delegate TResult PerfRules.PublicApi.Tests.Fixtures.Projection<in T, out TResult>(T item) where T : class?
        [System.Flags] public enum PerfRules.PublicApi.Tests.Fixtures.Shade : byte
        PerfRules.PublicApi.Tests.Fixtures.Shade.None = 0
        PerfRules.PublicApi.Tests.Fixtures.Shade.Red = 1
        PerfRules.PublicApi.Tests.Fixtures.Shade.Blue = 2
        public abstract class PerfRules.PublicApi.Tests.Fixtures.Shape : System.IComparable<PerfRules.PublicApi.Tests.Fixtures.Shape>
        protected PerfRules.PublicApi.Tests.Fixtures.Shape.Shape(string? name = null)
        public const string PerfRules.PublicApi.Tests.Fixtures.Shape.Unit = "m²"
        protected internal int PerfRules.PublicApi.Tests.Fixtures.Shape.Version
        public abstract decimal PerfRules.PublicApi.Tests.Fixtures.Shape.Area { get; }
        public string PerfRules.PublicApi.Tests.Fixtures.Shape.this[int index] { get; }
        public string? PerfRules.PublicApi.Tests.Fixtures.Shape.Name { get; protected set; }
        public event System.EventHandler<System.EventArgs>? PerfRules.PublicApi.Tests.Fixtures.Shape.Changed
        public int PerfRules.PublicApi.Tests.Fixtures.Shape.CompareTo(PerfRules.PublicApi.Tests.Fixtures.Shape? other)
        public virtual string PerfRules.PublicApi.Tests.Fixtures.Shape.Describe(int digits = 2, PerfRules.PublicApi.Tests.Fixtures.Shade shade = PerfRules.PublicApi.Tests.Fixtures.Shade.Red | PerfRules.PublicApi.Tests.Fixtures.Shade.Blue)
        [System.Obsolete("Use Describe.")] public string PerfRules.PublicApi.Tests.Fixtures.Shape.Text()
        protected sealed class PerfRules.PublicApi.Tests.Fixtures.Shape.Part
        public PerfRules.PublicApi.Tests.Fixtures.Shape.Part.Part()
        public static class PerfRules.PublicApi.Tests.Fixtures.Shapes
        public static (string Name, int? Count) PerfRules.PublicApi.Tests.Fixtures.Shapes.Pair(System.Collections.Generic.Dictionary<string, System.Collections.Generic.List<int?>?> map)
        public static ((int Low, int High) Range, string? Note)[] PerfRules.PublicApi.Tests.Fixtures.Shapes.Ranges()
        public static T[] PerfRules.PublicApi.Tests.Fixtures.Shapes.Sorted<T>(params T[] items) where T : struct, System.IComparable<T>
        public static bool PerfRules.PublicApi.Tests.Fixtures.Shapes.TryFind<T>(this System.Collections.Generic.IReadOnlyList<T?> items, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? found) where T : class
        public sealed class PerfRules.PublicApi.Tests.Fixtures.Square : PerfRules.PublicApi.Tests.Fixtures.Shape
        public PerfRules.PublicApi.Tests.Fixtures.Square.Square(decimal side)
        public override decimal PerfRules.PublicApi.Tests.Fixtures.Square.Area { get; }
        public decimal PerfRules.PublicApi.Tests.Fixtures.Square.Side { get; init; }
        public sealed override string PerfRules.PublicApi.Tests.Fixtures.Square.Describe(int digits = 2, PerfRules.PublicApi.Tests.Fixtures.Shade shade = PerfRules.PublicApi.Tests.Fixtures.Shade.Red | PerfRules.PublicApi.Tests.Fixtures.Shade.Blue)
        public static PerfRules.PublicApi.Tests.Fixtures.Square PerfRules.PublicApi.Tests.Fixtures.Square.operator +(PerfRules.PublicApi.Tests.Fixtures.Square left, PerfRules.PublicApi.Tests.Fixtures.Square right)
        public static PerfRules.PublicApi.Tests.Fixtures.Square.implicit operator decimal(PerfRules.PublicApi.Tests.Fixtures.Square square)
        """;
}
