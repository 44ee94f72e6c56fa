using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Interactions;
using Crm.Framework.Storage;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class MergeCustomersTests
{
    private static async Task<(CrmTestHost Crm, Customer Ada, Customer Copy)> TwoCards(List<CustomersMerged>? events = null)
    {
        var crm = TestCrm.Create(services: events is null ? null : s => s.AddEventProbe(events));
        var ada = await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace", Owner = "maria", Tags = ["vip"], Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")],
            Fields = TestCrm.Fields(("source", "web"), ("segment", "retail"), ("national_id", "12345678901")),
        });
        crm.Clock.Advance(TimeSpan.FromDays(1));
        var copy = await crm.Send(new CreateCustomer
        {
            Name = "Ada  LOVELACE", Owner = "tom", Tags = ["mortgage"],
            Contacts = [new ContactPoint(ContactKind.Email, "ADA@example.com"), new ContactPoint(ContactKind.Phone, "07700 900123")],
            Fields = TestCrm.Fields(("source", "referral"), ("segment", "sme"), ("national_id", "10987654321"), ("credit_score", "720")),
        });
        return (crm, ada, copy);
    }

    [Fact]
    public async Task The_duplicates_interactions_deals_and_documents_move_to_the_survivor_which_unites_contacts_and_tags()
    {
        var (crm, ada, copy) = await TwoCards();
        await using var _ = crm;
        var call = await crm.Send(new LogInteraction { CustomerId = copy.Id, Channel = "phone", Subject = "Asked about a loan" });
        var loan = await crm.NewLoan(copy.Id);
        var letter = await crm.Send(new RenderDocument { CustomerId = copy.Id, Template = "welcome_letter" });

        var merge = await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id });

        Assert.Equal(ada.Id, crm.Store.GetInteraction(call.Id)!.CustomerId);
        Assert.Equal(ada.Id, crm.Store.GetDeal(loan.Id)!.CustomerId);
        Assert.Equal(ada.Id, crm.Store.GetDocument(letter.Id)!.CustomerId);
        var survivor = crm.Store.GetCustomer(ada.Id)!;
        Assert.Equal(["email:ada@example.com", "phone:+447700900123"], survivor.Contacts.Select(c => $"{c.Kind.ToString().ToLowerInvariant()}:{c.Value}"));
        Assert.Equal(["mortgage", "vip"], survivor.Tags);
        Assert.Equal(("Ada Lovelace", "maria", 2L), (survivor.Name, survivor.Owner, survivor.Version));
        Assert.Equal(ada.Id, crm.Store.GetCustomer(copy.Id)!.MergedInto);
        Assert.Equal([call.Id], merge.MovedInteractions);
        Assert.Equal([loan.Id], merge.MovedDeals);
        Assert.Equal([letter.Id], merge.MovedDocuments);
        Assert.Equal(["phone:+447700900123"], merge.AddedContacts);
        Assert.Equal(["mortgage"], merge.AddedTags);
    }

    [Fact]
    public async Task Field_conflicts_keep_the_survivors_value_by_default_and_each_is_reported_with_sensitive_values_masked()
    {
        var (crm, ada, copy) = await TwoCards();
        await using var _ = crm;

        var merge = await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id });

        var survivor = crm.Store.GetCustomer(ada.Id)!;
        Assert.Equal(("web", "retail", "12345678901", 720m), (survivor.Fields.GetText("source"), survivor.Fields.GetText("segment"), survivor.Fields.GetText("national_id"), survivor.Fields.GetNumber("credit_score")));
        Assert.Equal(["credit_score"], merge.FilledFields);
        Assert.Equal([
            new FieldConflict("national_id", "***", "***", MergeSide.Survivor),
            new FieldConflict("segment", "retail", "sme", MergeSide.Survivor),
            new FieldConflict("source", "web", "referral", MergeSide.Survivor)], merge.Conflicts);
    }

    [Fact]
    public async Task Preferring_the_duplicate_with_a_per_field_exception_takes_its_values_except_that_field()
    {
        var (crm, ada, copy) = await TwoCards();
        await using var _ = crm;

        var merge = await crm.Send(new MergeCustomers
        {
            SurvivorId = ada.Id, DuplicateId = copy.Id, Prefer = MergeSide.Duplicate,
            FieldChoices = new Dictionary<string, MergeSide> { ["source"] = MergeSide.Survivor },
        });

        var survivor = crm.Store.GetCustomer(ada.Id)!;
        Assert.Equal(("web", "sme"), (survivor.Fields.GetText("source"), survivor.Fields.GetText("segment")));
        Assert.Equal([MergeSide.Duplicate, MergeSide.Duplicate, MergeSide.Survivor], merge.Conflicts.Select(c => c.Kept));
    }

    [Fact]
    public async Task A_merge_is_one_audited_command_with_an_inspectable_record_and_an_event()
    {
        var events = new List<CustomersMerged>();
        var (crm, ada, copy) = await TwoCards(events);
        await using var _ = crm;
        var call = await crm.Send(new LogInteraction { CustomerId = copy.Id, Channel = "phone", Subject = "Hello" });

        var merge = await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id });

        var audited = crm.Store.ReadAudit(null, 100).Where(a => a.Action == "MergeCustomers").Select(a => (a.EntityKind, a.EntityId)).Order().ToList();
        Assert.Equal(new[] { ("customer", ada.Id), ("customer", copy.Id), ("customer merge", merge.Id), ("interaction", call.Id) }.Order().ToList(), audited);
        Assert.Equivalent(merge, await crm.Send(new GetMerge(merge.Id)), strict: true);
        Assert.Equal([merge.Id], (await crm.Send(new ListMerges(copy.Id))).Select(m => m.Id));
        Assert.Equal([merge.Id], (await crm.Send(new ListMerges(ada.Id))).Select(m => m.Id));
        var e = Assert.Single(events);
        Assert.Equal((merge.Id, ada.Id, 2L), (e.Merge.Id, e.Survivor.Id, e.Survivor.Version));
        Assert.Equal("tester", merge.MergedBy);
    }

    [Fact]
    public async Task A_dry_run_reports_the_merge_and_writes_nothing()
    {
        var (crm, ada, copy) = await TwoCards();
        await using var _ = crm;
        var audit = crm.Store.ReadAudit(null, 100).Count;

        var preview = await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id, DryRun = true });

        Assert.Equal(3, preview.Conflicts.Count);
        Assert.Null(crm.Store.GetCustomer(copy.Id)!.MergedInto);
        Assert.Equal(audit, crm.Store.ReadAudit(null, 100).Count);
        Assert.Empty(await crm.Send(new ListMerges(ada.Id)));
    }

    [Fact]
    public async Task A_merged_card_is_skipped_by_searches_and_cannot_be_merged_again_or_merged_into()
    {
        var (crm, ada, copy) = await TwoCards();
        await using var _ = crm;
        var third = await crm.NewCustomer("Ada L.");
        await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id });

        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MergeCustomers { SurvivorId = third.Id, DuplicateId = copy.Id }));
        var into = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MergeCustomers { SurvivorId = copy.Id, DuplicateId = third.Id }));
        var self = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = ada.Id }));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = "C-NONE" }));

        Assert.Equal($"Customer 'Ada  LOVELACE' ({copy.Id}) was already merged into {ada.Id}; there is nothing left to merge.", again.Message);
        Assert.Equal($"Customer 'Ada  LOVELACE' ({copy.Id}) was merged into {ada.Id}; merge into {ada.Id} instead.", into.Message);
        Assert.Contains("cannot be merged into itself", self.Message);
        Assert.Contains("C-NONE", missing.Message);
        Assert.Equal([ada.Id], (await crm.Send(new FindCustomers { Email = "ada@example.com" })).Select(c => c.Id));
    }
}

public sealed class MergeMovesDailyWorkTests
{
    [Fact]
    public async Task Activities_cases_quotes_and_orders_move_with_the_duplicate_and_the_merged_card_takes_no_new_work()
    {
        await using var crm = Sales.SalesCrm.Create();
        var ada = await crm.NewCustomer();
        var order = (await crm.Send(new Crm.Framework.Sales.AcceptQuote((await Sales.SalesCrm.SentQuote(crm)).Id))).Order;
        var copy = order.CustomerId;
        var serviceCase = await crm.Send(new Crm.Framework.Cases.OpenCase { CustomerId = copy, Subject = "Late delivery", OrderId = order.Id });
        var call = await crm.Send(new Crm.Framework.Activities.ScheduleActivity { Subject = "Call back", CaseId = serviceCase.Id });
        Assert.Equal(copy, call.CustomerId);

        var merge = await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy });

        Assert.Contains($"activity:{call.Id}", merge.MovedRecords);
        Assert.Contains($"case:{serviceCase.Id}", merge.MovedRecords);
        Assert.Contains($"order:{order.Id}", merge.MovedRecords);
        Assert.Equal(ada.Id, crm.Store.GetRecord(Crm.Framework.Activities.ActivityRecords.Kind, call.Id)!.CustomerId);
        Assert.Equal(ada.Id, crm.Store.GetRecord(Crm.Framework.Cases.CaseRecords.Kind, serviceCase.Id)!.CustomerId);
        Assert.Equal(ada.Id, crm.Store.GetRecord(Crm.Framework.Sales.SalesRecords.Orders, order.Id)!.CustomerId);
        Assert.All(crm.Store.FindRecords(Crm.Framework.Sales.SalesRecords.Quotes, new Crm.Framework.Storage.RecordKey("deal", order.DealId)), q => Assert.Equal(ada.Id, q.CustomerId));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Crm.Framework.Interactions.LogInteraction { CustomerId = copy, Channel = "phone", Subject = "Hello" }));
        Assert.Equal($"Customer '{copy}' was merged into '{ada.Id}'; use '{ada.Id}' instead.", refused.Message);
        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Crm.Framework.Activities.ScheduleActivity { Subject = "Call", CustomerId = copy }));
        await Assert.ThrowsAsync<BusinessRuleException>(() => crm.NewLoan(copy));
    }

    [Fact]
    public async Task An_activity_for_a_case_of_another_customer_is_refused()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var bob = await crm.NewCustomer("Bob");
        var bobsCase = await crm.Send(new Crm.Framework.Cases.OpenCase { CustomerId = bob.Id, Subject = "Card blocked" });

        var wrong = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new Crm.Framework.Activities.ScheduleActivity { Subject = "Call", CustomerId = ada.Id, CaseId = bobsCase.Id }));
        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new Crm.Framework.Activities.ScheduleActivity { Subject = "Call", CaseId = "CS-404" }));

        Assert.Contains($"belongs to customer '{bob.Id}'", wrong.Message);
        Assert.Empty(crm.Store.FindRecords(Crm.Framework.Activities.ActivityRecords.Kind));
    }
}
