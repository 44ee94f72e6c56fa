using Crm.Framework.Customers;
using LiteDB;
using static Crm.Framework.Storage.LiteDb.Bson.BsonPrimitives;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>A customer in the <c>customers</c> collection.</summary>
internal static class CustomerBson
{
    /// <summary>The customer as a document; <c>name_lower</c> is kept beside the name for its index.</summary>
    public static BsonDocument ToDocument(Customer customer) => new()
    {
        ["_id"] = customer.Id,
        ["kind"] = Write(customer.Kind),
        ["name"] = customer.Name,
        ["name_lower"] = customer.Name.ToLowerInvariant(),
        ["contacts"] = new BsonArray(customer.Contacts.Select(WriteContact)),
        ["owner"] = customer.Owner,
        ["tags"] = Write(customer.Tags),
        ["lifecycle"] = Write(customer.Lifecycle),
        ["fields"] = FieldValuesBson.Write(customer.Fields),
        ["created_at"] = Write(customer.CreatedAt),
        ["updated_at"] = Write(customer.UpdatedAt),
        ["merged_into"] = customer.MergedInto,
        ["version"] = customer.Version,
    };

    /// <summary>Reads a document written by <see cref="ToDocument(Customer)"/>.</summary>
    public static Customer FromDocument(BsonDocument document) => new()
    {
        Id = document["_id"].AsString,
        Kind = ReadEnum<CustomerKind>(document["kind"]),
        Name = document["name"].AsString,
        Contacts = document["contacts"].AsArray.Select(ReadContact).ToArray(),
        Owner = ReadText(document["owner"]),
        Tags = ReadStrings(document["tags"]),
        Lifecycle = ReadEnum<LifecycleStage>(document["lifecycle"]),
        Fields = FieldValuesBson.Read(document["fields"]),
        CreatedAt = ReadInstant(document["created_at"]),
        UpdatedAt = ReadInstant(document["updated_at"]),
        MergedInto = ReadText(document["merged_into"]), // missing in files written before merging existed: null
        Version = document["version"].AsInt64,
    };

    private static BsonValue WriteContact(ContactPoint contact) => new BsonDocument
    {
        ["kind"] = Write(contact.Kind),
        ["value"] = contact.Value,
        ["label"] = contact.Label,
    };

    private static ContactPoint ReadContact(BsonValue contact) =>
        new(ReadEnum<ContactKind>(contact["kind"]), contact["value"].AsString, ReadText(contact["label"]));
}
