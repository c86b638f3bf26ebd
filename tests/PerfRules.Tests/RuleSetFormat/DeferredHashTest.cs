using PerfRules.RuleSetFormat.Building;
using PerfRules.RuleSetFormat.Json;

namespace PerfRules.Tests.RuleSetFormat;

/// <summary>A fingerprint computed when first read is the hash it stands for, computed once however many threads read it.</summary>
public sealed class DeferredHashTest
{
    [Fact]
    public void A_text_hashes_to_its_SHA_256()
    {
        Assert.Equal(Hashing.Of("甲|2"), new DeferredHash("甲|2").Value);
        Assert.Equal("b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c", new DeferredHash("foo\n").Value);
    }

    [Fact]
    public void A_row_hashes_to_the_SHA_256_of_its_canonical_text()
    {
        var diagnostics = new Diagnostics();
        var node = DocReader.Read("""{ "$comment": "审核意见", "code": "1.1", "weight": 2 }""", "test.json", diagnostics)!;

        Assert.Equal(Hashing.Of(node.Canonical()), new DeferredHash(node).Value);
    }

    [Fact]
    public void An_override_hashes_both_fingerprints_joined_by_a_bar()
    {
        var row = new DeferredHash("row");
        var child = new DeferredHash("child");

        Assert.Equal(Hashing.Of($"{Hashing.Of("row")}|{Hashing.Of("child")}"), new DeferredHash(row, child).Value);
    }

    [Fact]
    public void Threads_reading_at_once_get_one_value()
    {
        var hash = new DeferredHash("甲|2");

        var values = Enumerable.Range(0, 32).AsParallel().Select(_ => hash.Value).ToList();

        Assert.All(values, v => Assert.Same(values[0], v));
        Assert.Equal(Hashing.Of("甲|2"), values[0]);
    }
}
