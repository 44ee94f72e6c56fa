using System.Text.Json;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>A record of a <see cref="RecordKind"/>: its id, version and lookup terms as BSON, the record itself as JSON (ADR-007).</summary>
internal static class RecordBson
{
    /// <summary>The multi-key index path every record collection has.</summary>
    public const string Terms = "$.terms[*]";

    /// <summary>The record as a BSON document.</summary>
    public static BsonDocument ToDocument(RecordKind kind, object record) => new()
    {
        ["_id"] = kind.IdOf(record),
        ["version"] = kind.VersionOf(record),
        ["terms"] = new BsonArray(kind.TermsOf(record).Select(t => new BsonValue(t))),
        ["data"] = kind.Serialize(record),
    };

    /// <summary>Reads a record written by <see cref="ToDocument"/>.</summary>
    /// <exception cref="StoreException">The stored JSON no longer reads as a <typeparamref name="T"/>.</exception>
    public static T FromDocument<T>(RecordKind<T> kind, BsonDocument document) where T : class
    {
        try
        {
            return kind.Read(document["data"].AsString);
        }
        catch (JsonException e)
        {
            throw new StoreException($"The stored {kind.Name} '{document["_id"].AsString}' cannot be read ({e.Message}); the file may be damaged or written by a newer version.", e);
        }
    }
}
