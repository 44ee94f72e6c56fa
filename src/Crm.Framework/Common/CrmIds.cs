using System.Security.Cryptography;

namespace Crm.Framework;

/// <summary>
/// Generates record ids — the one place ids come from: a prefix naming the kind (<c>C</c> customer,
/// <c>D</c> deal, ...) and ten Crockford base-32 characters (50 random bits), short enough to type.
/// </summary>
public sealed class CrmIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Prefix for customers.</summary>
    public const string Customer = "C";
    /// <summary>Prefix for interactions.</summary>
    public const string Interaction = "I";
    /// <summary>Prefix for deals.</summary>
    public const string Deal = "D";
    /// <summary>Prefix for documents.</summary>
    public const string Document = "DOC";
    /// <summary>Prefix for audit entries.</summary>
    public const string Audit = "A";

    /// <summary>A new id with <paramref name="prefix"/>, e.g. <c>C-7KQ2M9XH4T</c>.</summary>
    public string New(string prefix)
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[10];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[bytes[i] & 31];
        return $"{prefix}-{chars}";
    }
}
