using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Storage.LiteDb.Tests;

public sealed class AddCrmLiteDbStoreTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_second_call_does_no_harm()
    {
        var services = new ServiceCollection()
            .AddCrmLiteDbStore(_file.Path)
            .AddCrmLiteDbStore(Path.Combine(_file.Folder, "other.db"));

        using (var provider = services.BuildServiceProvider())
        {
            var store = Assert.IsType<LiteDbCrmStore>(provider.GetRequiredService<ICrmStore>());
            Assert.Same(store, provider.GetRequiredService<ICrmStore>());
            Assert.Equal(_file.Path, store.DatabasePath);
            var translator = Assert.IsType<LiteDbErrorTranslator>(Assert.Single(provider.GetServices<IErrorTranslator>()));
            Assert.Equal(_file.Path, translator.DatabasePath);
            store.Commit(StoreSamples.Changes([StoreSamples.Insert(StoreSamples.Customer("C-1"))]));
        }

        // Disposing the container closed the file: it opens again.
        using var reopened = new LiteDbCrmStore(_file.Path);
        Assert.NotNull(reopened.GetCustomer("C-1"));
        Assert.False(File.Exists(Path.Combine(_file.Folder, "other.db")));
    }

    [Fact]
    public async Task The_kernel_pipeline_runs_on_the_LiteDB_store()
    {
        using var store = new LiteDbCrmStore(_file.Path);
        var score = new FieldDefinition("credit_score", "Credit score", FieldType.Number, FieldTarget.Customer) { Indexed = true };
        await using (var crm = CrmTestHost.Create(o => { o.Store = store; o.App = app => app.AddField(score); }))
        {
            var created = await crm.Send(new CreateCustomer { Name = "Ada Lovelace", Fields = new Dictionary<string, object?> { ["credit_score"] = "720.50" } });
            await crm.Send(new UpdateCustomer { CustomerId = created.Id, AddTags = ["vip"] });

            var found = await crm.Send(new FindCustomers { FieldKey = "credit_score", FieldValue = "720.50" });

            var customer = Assert.Single(found);
            Assert.Equal((2L, 720.50m), (customer.Version, customer.Fields.GetNumber("credit_score")));
            Assert.Equal(2, (await crm.Send(new Auditing.GetAuditTrail(created.Id))).Count);
        }
        Assert.Equal("f_credit_score", store.PlanOf(new CustomerQuery { FieldKey = "credit_score", FieldValue = 720.50m })["index"]["name"].AsString);
    }
}
