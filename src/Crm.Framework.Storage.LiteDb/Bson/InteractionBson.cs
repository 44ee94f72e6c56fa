using Crm.Framework.Interactions;
using LiteDB;
using static Crm.Framework.Storage.LiteDb.Bson.BsonPrimitives;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>An interaction in the <c>interactions</c> collection.</summary>
internal static class InteractionBson
{
    /// <summary>The interaction as a document.</summary>
    public static BsonDocument ToDocument(Interaction interaction) => new()
    {
        ["_id"] = interaction.Id,
        ["customer"] = interaction.CustomerId,
        ["channel"] = interaction.Channel,
        ["direction"] = Write(interaction.Direction),
        ["occurred_at"] = Write(interaction.OccurredAt),
        ["subject"] = interaction.Subject,
        ["notes"] = interaction.Notes,
        ["outcome"] = interaction.Outcome,
        ["deal"] = interaction.DealId,
        ["script"] = interaction.Script,
        ["logged_by"] = interaction.LoggedBy,
        ["fields"] = FieldValuesBson.Write(interaction.Fields),
        ["version"] = interaction.Version,
    };

    /// <summary>Reads a document written by <see cref="ToDocument(Interaction)"/>.</summary>
    public static Interaction FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        CustomerId = document["customer"].AsString,
        Channel = document["channel"].AsString,
        Direction = ReadEnum<InteractionDirection>(document["direction"]),
        OccurredAt = ReadInstant(document["occurred_at"]),
        Subject = document["subject"].AsString,
        Notes = ReadText(document["notes"]),
        Outcome = ReadText(document["outcome"]),
        DealId = ReadText(document["deal"]),
        Script = ReadText(document["script"]),
        LoggedBy = ReadText(document["logged_by"]),
        Fields = FieldValuesBson.Read(document["fields"]),
        Version = document["version"].AsInt64,
    };
}
