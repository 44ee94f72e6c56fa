using System.Security.Cryptography;
using System.Text;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>The index of one custom field: <c>$.fields.key</c> on the collection of the field's target.</summary>
internal static class FieldIndex
{
    // LiteDB 5 limits index names to 32 word characters; field keys may be 64.
    private const int MaxNameLength = 32;
    private const string Prefix = "f_";

    /// <summary>The document path of the field's value; queries must use exactly this path to hit the index.</summary>
    public static string PathOf(string key) => "$.fields." + key;

    /// <summary>
    /// The index name: <c>f_key</c>, or for a key too long for LiteDB a cut key plus a hash of the whole
    /// key, so two long keys with the same beginning still get different, stable names.
    /// </summary>
    public static string NameOf(string key)
    {
        var name = Prefix + key;
        if (name.Length <= MaxNameLength) return name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 4);
        return name[..(MaxNameLength - hash.Length - 1)] + "_" + hash;
    }
}
