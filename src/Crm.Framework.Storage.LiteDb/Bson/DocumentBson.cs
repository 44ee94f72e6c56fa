using Crm.Framework.Documents;
using LiteDB;
using static Crm.Framework.Storage.LiteDb.Bson.BsonPrimitives;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>A rendered document in the <c>documents</c> collection.</summary>
internal static class DocumentBson
{
    /// <summary>The rendered document as a BSON document.</summary>
    public static BsonDocument ToDocument(Document document) => new()
    {
        ["_id"] = document.Id,
        ["customer"] = document.CustomerId,
        ["deal"] = document.DealId,
        ["template"] = document.Template,
        ["title"] = document.Title,
        ["content"] = document.Content,
        ["media_type"] = document.MediaType,
        ["rendered_at"] = Write(document.RenderedAt),
        ["rendered_by"] = document.RenderedBy,
        ["version"] = document.Version,
    };

    /// <summary>Reads a BSON document written by <see cref="ToDocument(Document)"/>.</summary>
    public static Document FromDocument(BsonDocument bson) => new()
    {
        Id = bson["_id"].AsString,
        CustomerId = bson["customer"].AsString,
        DealId = ReadText(bson["deal"]),
        Template = bson["template"].AsString,
        Title = bson["title"].AsString,
        Content = bson["content"].AsString,
        MediaType = bson["media_type"].AsString,
        RenderedAt = ReadInstant(bson["rendered_at"]),
        RenderedBy = ReadText(bson["rendered_by"]),
        Version = bson["version"].AsInt64,
    };
}
