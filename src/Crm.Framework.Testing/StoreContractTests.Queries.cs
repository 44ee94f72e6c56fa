using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;
using Xunit;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Testing;

// The store contract, part two: finding customers and deals, timelines, the audit trail and field indexes.
public abstract partial class StoreContractTests
{
    private static readonly FieldDefinition CreditScore = new("credit_score", "Credit score", FieldType.Number, FieldTarget.Customer) { Indexed = true };
    private static readonly FieldDefinition Segment = new("segment", "Segment", FieldType.Choice, FieldTarget.Customer);
    private static readonly FieldDefinition Products = new("products", "Products", FieldType.MultiChoice, FieldTarget.Customer) { Indexed = true };
    private static readonly FieldDefinition Vip = new("vip", "VIP", FieldType.Boolean, FieldTarget.Customer) { Indexed = true };

    /// <summary>
    /// Every criterion finds exactly the customers that match it, with or without an index on the field:
    /// email and phone only among contacts of that kind, name as a case-insensitive part, field by value.
    /// </summary>
    [Fact]
    public void FindCustomers_by_email_phone_name_field_tag_lifecycle()
    {
        Store.EnsureIndexes([CreditScore, Segment, Products, Vip]);
        Commit(
            Insert(Customer("C-1", "Ada Lovelace") with
            {
                Contacts = [new(ContactKind.Email, "ada@example.com"), new(ContactKind.Phone, "+442079460018")],
                Tags = ["vip", "mortgage"],
                Lifecycle = LifecycleStage.Prospect,
                Fields = FieldValues.Empty.With("credit_score", 720.50m).With("segment", "retail").With("products", new[] { "mortgage", "savings" }).With("vip", true),
            }),
            Insert(Customer("C-2", "Grace Hopper") with
            {
                // The same text as Ada's email and phone, but as other kinds of contact: no match for email or phone.
                Contacts = [new(ContactKind.Messenger, "ada@example.com"), new(ContactKind.Social, "+442079460018")],
                Tags = ["mortgage"],
                Lifecycle = LifecycleStage.Customer,
                Fields = FieldValues.Empty.With("credit_score", 640m).With("segment", "retail").With("products", new[] { "mortgage" }).With("vip", false),
            }),
            Insert(Customer("C-3", "Alan Turing") with { Tags = ["vip"], Lifecycle = LifecycleStage.Prospect }));

        Assert.Equal(["C-1"], Ids(new CustomerQuery { Email = "ada@example.com" }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery { Phone = "+442079460018" }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery { NameContains = "LOVE" }));
        Assert.Equal(["C-1", "C-3", "C-2"], Ids(new CustomerQuery { NameContains = "A" }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery { FieldKey = "credit_score", FieldValue = 720.50m }));
        Assert.Equal(["C-1", "C-2"], Ids(new CustomerQuery { FieldKey = "segment", FieldValue = "retail" }));
        Assert.Equal(["C-2"], Ids(new CustomerQuery { FieldKey = "products", FieldValue = new[] { "mortgage" } }));
        Assert.Equal(["C-2"], Ids(new CustomerQuery { FieldKey = "vip", FieldValue = false }));
        Assert.Equal(["C-1", "C-3"], Ids(new CustomerQuery { Tag = "vip" }));
        Assert.Equal(["C-1", "C-3"], Ids(new CustomerQuery { Lifecycle = LifecycleStage.Prospect }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery { Tag = "mortgage", Lifecycle = LifecycleStage.Prospect, FieldKey = "vip", FieldValue = true }));
        Assert.Empty(Ids(new CustomerQuery { Email = "ada@example.com", Lifecycle = LifecycleStage.Customer }));
        Assert.Empty(Ids(new CustomerQuery { Email = "ADA@example.com" }));
        Assert.Empty(Ids(new CustomerQuery { FieldKey = "credit_score", FieldValue = 999m }));
    }

    /// <summary>A customer merged into another is found only when merged cards are asked for; its card is still read by id.</summary>
    [Fact]
    public void FindCustomers_skips_merged_customers_unless_asked()
    {
        Commit(
            Insert(Customer("C-1", "Ada Lovelace") with { Contacts = [new(ContactKind.Email, "ada@example.com")] }),
            Insert(Customer("C-2", "Ada Lovelace") with { Contacts = [new(ContactKind.Email, "ada@example.com")], MergedInto = "C-1" }));

        Assert.Equal(["C-1"], Ids(new CustomerQuery { Email = "ada@example.com" }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery()));
        Assert.Equal(["C-1", "C-2"], Ids(new CustomerQuery { Email = "ada@example.com", IncludeMerged = true }));
        Assert.Equal("C-1", Store.GetCustomer("C-2")!.MergedInto);
    }

    /// <summary>Customers come ordered by name ignoring case, then by id, and at most the limit.</summary>
    [Fact]
    public void FindCustomers_orders_by_name_then_id_and_honours_the_limit()
    {
        Commit(
            Insert(Customer("C-4", "bob")),
            Insert(Customer("C-3", "Ada")),
            Insert(Customer("C-1", "ada")),
            Insert(Customer("C-2", "Carol")));

        Assert.Equal(["C-1", "C-3", "C-4", "C-2"], Ids(new CustomerQuery()));
        Assert.Equal(["C-1", "C-3"], Ids(new CustomerQuery { Limit = 2 }));
    }

    /// <summary>Deals match every criterion given and come newest first, the id breaking ties between equal instants.</summary>
    [Fact]
    public void FindDeals_filters_and_orders_newest_first()
    {
        var t = Moment;
        Commit(
            Insert(Deal("D-1", "C-1", "sales", "new") with { CreatedAt = t, Owner = "maria" }),
            Insert(Deal("D-2", "C-1", "mortgage", "valuation") with { CreatedAt = t.AddHours(1), Owner = "maria" }),
            Insert(Deal("D-3", "C-2", "mortgage", "valuation") with { CreatedAt = t.AddHours(2), Owner = "tom" }),
            // The same instant as D-3 written in another offset: equal instants, so the id decides.
            Insert(Deal("D-4", "C-2", "mortgage", "won") with { CreatedAt = t.AddHours(2).ToOffset(TimeSpan.Zero), Status = DealStatus.Won, Owner = "tom" }),
            Insert(Deal("D-0", "C-3", "mortgage", "lost") with { CreatedAt = t.AddHours(2), Status = DealStatus.Lost }));

        Assert.Equal(["D-0", "D-3", "D-4", "D-2", "D-1"], DealIds(new ListDeals()));
        Assert.Equal(["D-0", "D-3"], DealIds(new ListDeals { Limit = 2 }));
        Assert.Equal(["D-0", "D-3", "D-4", "D-2"], DealIds(new ListDeals { Funnel = "mortgage" }));
        Assert.Equal(["D-3", "D-2"], DealIds(new ListDeals { Stage = "valuation" }));
        Assert.Equal(["D-2", "D-1"], DealIds(new ListDeals { CustomerId = "C-1" }));
        Assert.Equal(["D-4"], DealIds(new ListDeals { Status = DealStatus.Won }));
        Assert.Equal(["D-3", "D-4"], DealIds(new ListDeals { Owner = "tom" }));
        Assert.Equal(["D-3"], DealIds(new ListDeals { Funnel = "mortgage", Stage = "valuation", CustomerId = "C-2", Status = DealStatus.Open, Owner = "tom" }));
        Assert.Empty(DealIds(new ListDeals { Funnel = "Mortgage" }));
    }

    /// <summary>A customer's interactions and documents come newest first, only theirs, at most the limit.</summary>
    [Fact]
    public void Documents_and_interactions_of_a_customer_newest_first()
    {
        var t = Moment;
        Commit(
            Insert(Interaction("I-1", "C-1", t)),
            Insert(Interaction("I-3", "C-1", t.AddMinutes(5))),
            Insert(Interaction("I-2", "C-1", t.AddMinutes(5).ToOffset(TimeSpan.FromHours(-8)))),
            Insert(Interaction("I-4", "C-1", t.AddTicks(-1))),
            Insert(Interaction("I-9", "C-2", t.AddDays(1))),
            Insert(Document("DOC-1", "C-1", t.AddDays(-1))),
            Insert(Document("DOC-2", "C-1", t)),
            Insert(Document("DOC-9", "C-2", t.AddDays(1))));

        Assert.Equal(["I-2", "I-3", "I-1", "I-4"], Store.InteractionsOf("C-1", 10).Select(i => i.Id));
        Assert.Equal(["I-2", "I-3"], Store.InteractionsOf("C-1", 2).Select(i => i.Id));
        Assert.Equal(["DOC-2", "DOC-1"], Store.DocumentsOf("C-1", 10).Select(d => d.Id));
        Assert.Equal(["DOC-2"], Store.DocumentsOf("C-1", 1).Select(d => d.Id));
    }

    /// <summary>Audit entries are only ever added: later commits leave earlier entries as they were; reads come newest first.</summary>
    [Fact]
    public void Audit_is_append_only_and_read_newest_first()
    {
        var t = Moment;
        var first = Audit("A-1", EntityKinds.Customer, "C-1", t);
        var second = Audit("A-2", EntityKinds.Deal, "D-1", t.AddMinutes(1));
        var third = Audit("A-3", EntityKinds.Customer, "C-1", t.AddMinutes(2)) with { Action = "MoveDeal", Changes = [] };
        Store.Commit(Changes([Insert(Customer("C-1"))], [first]));
        Store.Commit(Changes([Insert(Deal("D-1", "C-1"))], [second]));
        Store.Commit(Changes([], [third]));

        Assert.Equal(["A-3", "A-2", "A-1"], Store.ReadAudit(null, 10).Select(a => a.Id));
        Assert.Equal(["A-3", "A-2"], Store.ReadAudit(null, 2).Select(a => a.Id));
        Assert.Equal(["A-3", "A-1"], Store.ReadAudit("C-1", 10).Select(a => a.Id));
        Assert.Equal(["A-2"], Store.ReadAudit("D-1", 10).Select(a => a.Id));
        StoreAssert.Equivalent(first, Store.ReadAudit("C-1", 10)[1]);
        StoreAssert.Equivalent(third, Store.ReadAudit("C-1", 1)[0]);
    }

    /// <summary>Ensuring indexes again, for every target and for long keys, changes nothing and finding by the field still works.</summary>
    [Fact]
    public void EnsureIndexes_is_idempotent()
    {
        FieldDefinition[] fields =
        [
            CreditScore, Segment, Products,
            new("ltv", "Loan to value", FieldType.Number, FieldTarget.Deal) { Indexed = true },
            new("topic", "Topic", FieldType.Text, FieldTarget.Interaction) { Indexed = true },
            new(new string('k', 64), "A very long key", FieldType.Text, FieldTarget.Customer) { Indexed = true },
        ];
        Commit(Insert(Customer("C-1") with { Fields = FieldValues.Empty.With("credit_score", 720m).With(new string('k', 64), "x") }));

        Store.EnsureIndexes(fields);
        Store.EnsureIndexes(fields);
        Store.EnsureIndexes(fields.Reverse());
        Commit(Insert(Customer("C-2") with { Fields = FieldValues.Empty.With("credit_score", 720m) }));

        Assert.Equal(["C-1", "C-2"], Ids(new CustomerQuery { FieldKey = "credit_score", FieldValue = 720m }));
        Assert.Equal(["C-1"], Ids(new CustomerQuery { FieldKey = new string('k', 64), FieldValue = "x" }));
    }

    private IEnumerable<string> Ids(CustomerQuery query) => Store.FindCustomers(query).Select(c => c.Id);

    private IEnumerable<string> DealIds(ListDeals query) => Store.FindDeals(query).Select(d => d.Id);
}
