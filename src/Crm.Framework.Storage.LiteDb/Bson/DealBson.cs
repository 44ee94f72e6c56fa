using Crm.Framework.Pipelines;
using LiteDB;
using static Crm.Framework.Storage.LiteDb.Bson.BsonPrimitives;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>A deal, with its stage history, in the <c>deals</c> collection.</summary>
internal static class DealBson
{
    /// <summary>The deal as a document.</summary>
    public static BsonDocument ToDocument(Deal deal) => new()
    {
        ["_id"] = deal.Id,
        ["customer"] = deal.CustomerId,
        ["funnel"] = deal.Funnel,
        ["title"] = deal.Title,
        ["stage"] = deal.Stage,
        ["status"] = Write(deal.Status),
        ["amount"] = Write(deal.Amount),
        ["owner"] = deal.Owner,
        ["expected_close"] = Write(deal.ExpectedClose),
        ["lost_reason"] = deal.LostReason,
        ["closed_at"] = Write(deal.ClosedAt),
        ["history"] = new BsonArray(deal.History.Select(WriteStageChange)),
        ["fields"] = FieldValuesBson.Write(deal.Fields),
        ["created_at"] = Write(deal.CreatedAt),
        ["updated_at"] = Write(deal.UpdatedAt),
        ["version"] = deal.Version,
    };

    /// <summary>Reads a document written by <see cref="ToDocument(Deal)"/>.</summary>
    public static Deal FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        CustomerId = document["customer"].AsString,
        Funnel = document["funnel"].AsString,
        Title = document["title"].AsString,
        Stage = document["stage"].AsString,
        Status = ReadEnum<DealStatus>(document["status"]),
        Amount = ReadMoney(document["amount"]),
        Owner = ReadText(document["owner"]),
        ExpectedClose = ReadDate(document["expected_close"]),
        LostReason = ReadText(document["lost_reason"]),
        ClosedAt = ReadOptionalInstant(document["closed_at"]),
        History = document["history"].AsArray.Select(ReadStageChange).ToArray(),
        Fields = FieldValuesBson.Read(document["fields"]),
        CreatedAt = ReadInstant(document["created_at"]),
        UpdatedAt = ReadInstant(document["updated_at"]),
        Version = document["version"].AsInt64,
    };

    private static BsonValue WriteStageChange(StageChange change) => new BsonDocument
    {
        ["from"] = change.From,
        ["to"] = change.To,
        ["at"] = Write(change.At),
        ["by"] = change.By,
        ["note"] = change.Note,
    };

    private static StageChange ReadStageChange(BsonValue change) => new(
        ReadText(change["from"]), change["to"].AsString, ReadInstant(change["at"]), change["by"].AsString, ReadText(change["note"]));
}
