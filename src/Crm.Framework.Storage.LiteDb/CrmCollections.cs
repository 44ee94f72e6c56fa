using Crm.Framework.Fields;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>The collections of a CRM file, the paths queries filter on and the indexes every file has.</summary>
internal static class CrmCollections
{
    public const string Customers = "customers";
    public const string Interactions = "interactions";
    public const string Deals = "deals";
    public const string Documents = "documents";
    public const string Audit = "audit";

    /// <summary>Every value of every contact point (multi-key).</summary>
    public const string ContactValues = "$.contacts[*].value";

    /// <summary>Every tag of a customer (multi-key).</summary>
    public const string Tags = "$.tags[*]";

    /// <summary>The collection holding records of <paramref name="target"/>.</summary>
    public static string Of(FieldTarget target) => target switch
    {
        FieldTarget.Customer => Customers,
        FieldTarget.Deal => Deals,
        FieldTarget.Interaction => Interactions,
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "No collection holds this kind of record."),
    };

    /// <summary>Creates the indexes the store's own queries use; existing ones are left as they are.</summary>
    public static void EnsureIndexes(LiteDatabase database)
    {
        var customers = database.GetCollection(Customers);
        customers.EnsureIndex("name_lower", "$.name_lower");
        customers.EnsureIndex("contacts", ContactValues);
        customers.EnsureIndex("lifecycle", "$.lifecycle");
        customers.EnsureIndex("tags", Tags);

        database.GetCollection(Interactions).EnsureIndex("customer", "$.customer");

        var deals = database.GetCollection(Deals);
        deals.EnsureIndex("customer", "$.customer");
        deals.EnsureIndex("funnel", "$.funnel");
        deals.EnsureIndex("stage", "$.stage");

        database.GetCollection(Documents).EnsureIndex("customer", "$.customer");
        database.GetCollection(Audit, BsonAutoId.Int64).EnsureIndex("entity", "$.entity");
    }
}
