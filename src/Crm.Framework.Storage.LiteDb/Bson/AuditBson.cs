using Crm.Framework.Auditing;
using LiteDB;
using static Crm.Framework.Storage.LiteDb.Bson.BsonPrimitives;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>
/// An audit entry in the append-only <c>audit</c> collection. The entry's own id is kept in <c>id</c>;
/// <c>_id</c> is LiteDB's auto-incremented Int64, so the primary index is the order of appending.
/// </summary>
internal static class AuditBson
{
    /// <summary>The entry as a document without <c>_id</c>; LiteDB assigns the next number on insert.</summary>
    public static BsonDocument ToDocument(AuditEntry entry) => new()
    {
        ["id"] = entry.Id,
        ["at"] = Write(entry.At),
        ["actor"] = entry.Actor,
        ["action"] = entry.Action,
        ["entity_kind"] = entry.EntityKind,
        ["entity"] = entry.EntityId,
        ["changes"] = new BsonArray(entry.Changes.Select(WriteChange)),
    };

    /// <summary>Reads a document written by <see cref="ToDocument(AuditEntry)"/>.</summary>
    public static AuditEntry FromDocument(BsonDocument document) => new()
    {
        Id = document["id"].AsString,
        At = ReadInstant(document["at"]),
        Actor = document["actor"].AsString,
        Action = document["action"].AsString,
        EntityKind = document["entity_kind"].AsString,
        EntityId = document["entity"].AsString,
        Changes = document["changes"].AsArray.Select(ReadChange).ToArray(),
    };

    private static BsonValue WriteChange(AuditChange change) => new BsonDocument
    {
        ["property"] = change.Property,
        ["before"] = change.Before,
        ["after"] = change.After,
    };

    private static AuditChange ReadChange(BsonValue change) =>
        new(change["property"].AsString, ReadText(change["before"]), ReadText(change["after"]));
}
