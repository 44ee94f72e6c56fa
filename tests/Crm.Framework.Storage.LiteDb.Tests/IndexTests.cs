using Crm.Framework.Customers;
using Crm.Framework.Fields;
using LiteDB;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Storage.LiteDb.Tests;

public sealed class IndexTests : IDisposable
{
    private static readonly FieldDefinition CreditScore = new("credit_score", "Credit score", FieldType.Number, FieldTarget.Customer) { Indexed = true };
    private static readonly FieldDefinition Ltv = new("ltv", "Loan to value", FieldType.Number, FieldTarget.Deal) { Indexed = true };
    private static readonly FieldDefinition Topic = new("topic", "Topic", FieldType.Text, FieldTarget.Interaction) { Indexed = true };
    private static readonly FieldDefinition Segment = new("segment", "Segment", FieldType.Text, FieldTarget.Customer);
    private static readonly FieldDefinition LongKey = new(new string('k', 64), "Long", FieldType.Text, FieldTarget.Customer) { Indexed = true };

    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void Finding_by_an_indexed_field_uses_its_index()
    {
        var query = new CustomerQuery { FieldKey = "credit_score", FieldValue = 720.50m };
        using (var store = new LiteDbCrmStore(_file.Path))
        {
            store.EnsureIndexes([CreditScore, Segment]);
            store.Commit(Changes([
                Insert(Customer("C-1") with { Fields = FieldValues.Empty.With("credit_score", 720.50m) }),
                Insert(Customer("C-2") with { Fields = FieldValues.Empty.With("credit_score", 640m) })]));

            var plan = store.PlanOf(query);

            Assert.Equal("f_credit_score", plan["index"]["name"].AsString);
            Assert.StartsWith("INDEX SEEK", plan["index"]["mode"].AsString);
            Assert.Equal(["C-1"], store.FindCustomers(query).Select(c => c.Id));
        }

        Assert.Contains(("customers", "f_credit_score", "$.fields.credit_score"), Indexes());
        Assert.DoesNotContain(Indexes(), index => index.Expression.Contains("segment", StringComparison.Ordinal));
    }

    [Fact]
    public void Finding_by_email_or_phone_uses_the_contact_index()
    {
        using var store = new LiteDbCrmStore(_file.Path);

        Assert.Equal("contacts", store.PlanOf(new CustomerQuery { Email = "ada@example.com" })["index"]["name"].AsString);
        Assert.Equal("contacts", store.PlanOf(new CustomerQuery { Phone = "+442079460018", Lifecycle = LifecycleStage.Lead })["index"]["name"].AsString);
        Assert.Equal("tags", store.PlanOf(new CustomerQuery { Tag = "vip", Lifecycle = LifecycleStage.Lead })["index"]["name"].AsString);
        Assert.Equal("lifecycle", store.PlanOf(new CustomerQuery { Lifecycle = LifecycleStage.Lead })["index"]["name"].AsString);
    }

    [Fact]
    public void Field_indexes_go_to_the_collection_of_their_target()
    {
        using (var store = new LiteDbCrmStore(_file.Path))
            store.EnsureIndexes([CreditScore, Ltv, Topic, LongKey]);

        var indexes = Indexes();

        Assert.Contains(("customers", "f_credit_score", "$.fields.credit_score"), indexes);
        Assert.Contains(("deals", "f_ltv", "$.fields.ltv"), indexes);
        Assert.Contains(("interactions", "f_topic", "$.fields.topic"), indexes);
        var longIndex = Assert.Single(indexes, i => i.Expression == FieldIndex.PathOf(LongKey.Key));
        Assert.Equal(32, longIndex.Name.Length);
    }

    [Fact]
    public void Every_file_has_the_indexes_of_the_store_queries()
    {
        using (new LiteDbCrmStore(_file.Path)) { }

        var indexes = Indexes().Select(i => (i.Collection, i.Name)).ToList();

        Assert.Superset(
            new HashSet<(string, string)>
            {
                ("customers", "name_lower"), ("customers", "contacts"), ("customers", "lifecycle"), ("customers", "tags"),
                ("interactions", "customer"), ("deals", "customer"), ("deals", "funnel"), ("deals", "stage"),
                ("documents", "customer"), ("audit", "entity"),
            },
            indexes.ToHashSet());
    }

    [Fact]
    public void Long_field_keys_get_distinct_index_names_within_the_limit()
    {
        var a = FieldIndex.NameOf(new string('a', 40) + "_one");
        var b = FieldIndex.NameOf(new string('a', 40) + "_two");

        Assert.NotEqual(a, b);
        Assert.All([a, b], name => Assert.Equal(32, name.Length));
        Assert.Equal("f_credit_score", FieldIndex.NameOf("credit_score"));
    }

    private List<(string Collection, string Name, string Expression)> Indexes()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = _file.Path, Connection = ConnectionType.Direct });
        return database.GetCollection("$indexes").FindAll()
            .Select(i => (i["collection"].AsString, i["name"].AsString, i["expression"].AsString))
            .ToList();
    }
}
