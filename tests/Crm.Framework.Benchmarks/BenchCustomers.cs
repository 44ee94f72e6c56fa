using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Benchmarks;

/// <summary>
/// Customer cards for the store benchmarks, shaped like a small bank's: name, email, phone, an owner,
/// tags and a few custom fields, each with the audit entry the pipeline would commit with it.
/// </summary>
public static class BenchCustomers
{
    private static readonly string[] Segments = ["retail", "affluent", "private", "sme", "corporate"];

    /// <summary>An indexed text field, unique per customer.</summary>
    public static FieldDefinition LoyaltyNumber { get; } = new("loyalty_number", "Loyalty number", FieldType.Text, FieldTarget.Customer) { Indexed = true };

    /// <summary>A text field with the same values as <see cref="LoyaltyNumber"/>, not indexed.</summary>
    public static FieldDefinition LegacyNumber { get; } = new("legacy_number", "Legacy number", FieldType.Text, FieldTarget.Customer);

    /// <summary>The id of customer number <paramref name="n"/>.</summary>
    public static string Id(int n) => $"C-{n:D10}";

    /// <summary>The email of customer number <paramref name="n"/>.</summary>
    public static string Email(int n) => $"customer{n:D6}@example.com";

    /// <summary>The value of both number fields of customer number <paramref name="n"/>.</summary>
    public static string Number(int n) => $"LN-{n:D8}";

    /// <summary>Customer number <paramref name="n"/> (version 1, as inserted).</summary>
    public static Customer Card(int n) => StoreSamples.Customer(Id(n), $"Customer {n:D6}") with
    {
        Contacts = [new(ContactKind.Email, Email(n)), new(ContactKind.Phone, $"+3725{n:D7}", "mobile")],
        Owner = "kadri.rebane",
        Tags = n % 10 == 0 ? ["vip", "mortgage"] : ["retail"],
        Fields = FieldValues.Empty
            .With(LoyaltyNumber.Key, Number(n))
            .With(LegacyNumber.Key, Number(n))
            .With("segment", Segments[n % Segments.Length])
            .With("credit_score", 300m + n % 550)
            .With("marketing_consent", n % 3 == 0),
    };

    /// <summary>The insert of <paramref name="customer"/> with its audit entry, as the pipeline commits one <c>CreateCustomer</c>.</summary>
    public static void AddTo(ChangeSet changes, Customer customer)
    {
        changes.Put(StoreSamples.Insert(customer) with { Action = "CreateCustomer" });
        changes.Append(new AuditEntry
        {
            Id = "A-" + customer.Id,
            At = customer.CreatedAt,
            Actor = "kadri.rebane",
            Action = "CreateCustomer",
            EntityKind = EntityKinds.Customer,
            EntityId = customer.Id,
            Changes = [new AuditChange("name", null, customer.Name), new AuditChange("email", null, customer.Email)],
        });
    }

    /// <summary>A change set holding customers <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1.</summary>
    public static ChangeSet Changes(int first, int count)
    {
        var changes = new ChangeSet();
        for (var n = first; n < first + count; n++) AddTo(changes, Card(n));
        return changes;
    }
}
