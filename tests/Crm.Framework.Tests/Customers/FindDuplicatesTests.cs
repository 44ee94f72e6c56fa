using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Customers;

public sealed class FindDuplicatesTests
{
    private static CrmTestHost Host() => CrmTestHost.Create(o => o.App = b => b.AddField(new FieldDefinition("company", "Company", FieldType.Text, FieldTarget.Customer)));

    private static Task<Customer> Card(CrmTestHost crm, string name, string? email = null, string? phone = null, string? company = null, CustomerKind kind = CustomerKind.Person)
    {
        var contacts = new List<ContactPoint>();
        if (email is not null) contacts.Add(new ContactPoint(ContactKind.Email, email));
        if (phone is not null) contacts.Add(new ContactPoint(ContactKind.Phone, phone));
        crm.Clock.Advance(TimeSpan.FromMinutes(1));
        return crm.Send(new CreateCustomer
        {
            Name = name, Kind = kind, Contacts = contacts,
            Fields = company is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { ["company"] = company },
        });
    }

    [Fact]
    public async Task Cards_sharing_an_email_a_phone_or_a_similar_name_at_the_same_company_are_paired_with_the_rules_and_a_score()
    {
        await using var crm = Host();
        var ada = await Card(crm, "Ada Lovelace", "ada@example.com", "+44 20 7946 0018", "Analytical Engines");
        var adaAgain = await Card(crm, "LOVELACE, Adá", "ADA@example.com", "020 7946 0018", "analytical engines");
        var grace = await Card(crm, "Grace Hopper", "grace@navy.example");
        var graceCall = await Card(crm, "G. Hopper", phone: "+1 415 555 0100");
        var graceAgain = await Card(crm, "Grace Hoper", "grace@navy.example", "+1 (415) 555-0100");
        await Card(crm, "Ada Lovelace", company: "Other Ltd");
        var acme = await Card(crm, "Acme Ltd.", kind: CustomerKind.Organization);
        var acme2 = await Card(crm, "ACME Ltd", kind: CustomerKind.Organization);

        var pairs = await crm.Send(new FindDuplicates());

        Assert.Equal([
            (ada.Id, adaAgain.Id, "Email,Phone,NameCompany", 0.994m),
            (grace.Id, graceAgain.Id, "Email", 0.9m),
            (graceCall.Id, graceAgain.Id, "Phone", 0.8m),
            (acme.Id, acme2.Id, "NameCompany", 0.7m)],
            pairs.Select(p => (p.First.Id, p.Second.Id, string.Join(",", p.Rules), p.Score)));
    }

    [Fact]
    public async Task Only_the_rules_asked_for_are_applied_and_merged_cards_are_left_out()
    {
        await using var crm = Host();
        var ada = await Card(crm, "Ada Lovelace", "ada@example.com", "+44 20 7946 0018");
        var copy = await Card(crm, "Ada King", "ada@example.com", "+44 20 7946 0018");
        await Card(crm, "Ada Lovelace", "ada@example.com");

        var byPhone = await crm.Send(new FindDuplicates { Rules = [DuplicateRule.Phone] });
        await crm.Send(new MergeCustomers { SurvivorId = ada.Id, DuplicateId = copy.Id });
        var afterMerge = await crm.Send(new FindDuplicates { Rules = [DuplicateRule.Phone] });

        Assert.Equal([(ada.Id, copy.Id)], byPhone.Select(p => (p.First.Id, p.Second.Id)));
        Assert.Empty(afterMerge);
    }
}
