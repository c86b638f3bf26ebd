using System.Security.Cryptography;
using System.Text;

namespace PerfRules.RuleSetFormat.Building;

/// <summary>SHA-256 of a text, as lower-case hex: the fingerprints of declared rules.</summary>
internal static class Hashing
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
