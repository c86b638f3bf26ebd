namespace PerfRules.Packaging.Tests.Support;

/// <summary>The tests that share one packing of the libraries (and so run one after the other).</summary>
[CollectionDefinition(Name)]
public sealed class PackedLibrariesCollection : ICollectionFixture<PackedLibraries>
{
    public const string Name = "Packed libraries";
}
