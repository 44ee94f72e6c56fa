using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm customers add|list|show|update</c>.</summary>
public static class CustomersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("customers", "Customer cards: people and organisations.")
    {
        Add(cli), List(cli), Show(cli), Update(cli),
        CustomerMergeCommands.Duplicates(cli), CustomerMergeCommands.Merge(cli), CustomerMergeCommands.Merges(cli),
    };

    private static Command Add(CliContext cli)
    {
        var name = new Argument<string>("name") { Description = "Full name, or the organisation's legal name." };
        var organization = new Option<bool>("--organization", "--org") { Description = "The customer is an organisation, not a person." };
        var email = new Option<string[]>("--email") { Description = "Email address (repeatable)." };
        var phone = new Option<string[]>("--phone") { Description = "Phone number (repeatable)." };
        var address = new Option<string?>("--address") { Description = "Postal address." };
        var owner = new Option<string?>("--owner") { Description = "Responsible user. Default: you." };
        var tag = new Option<string[]>("--tag") { Description = "Tag (repeatable)." };
        var lifecycle = new Option<LifecycleStage>("--lifecycle") { Description = "lead (default), prospect, customer or former.", DefaultValueFactory = _ => LifecycleStage.Lead };
        var fields = FieldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the saved card as JSON." };
        var command = new Command("add", "Create a customer card.") { name, organization, email, phone, address, owner, tag, lifecycle, fields, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var contacts = (parse.GetValue(email) ?? []).Select(e => new ContactPoint(ContactKind.Email, e))
                .Concat((parse.GetValue(phone) ?? []).Select(p => new ContactPoint(ContactKind.Phone, p)))
                .Concat(parse.GetValue(address) is { } a ? [new ContactPoint(ContactKind.Address, a)] : [])
                .ToList();
            var customer = await crm.Send(new CreateCustomer
            {
                Name = parse.GetValue(name)!,
                Kind = parse.GetValue(organization) ? CustomerKind.Organization : CustomerKind.Person,
                Contacts = contacts,
                Owner = parse.GetValue(owner),
                Tags = parse.GetValue(tag) ?? [],
                Lifecycle = parse.GetValue(lifecycle),
                Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            if (parse.GetValue(json)) cli.WriteJson(CustomerJson(crm, customer, reveal: false));
            else cli.Out.MarkupLine($"Created customer [bold]{Display.Esc(customer.Id)}[/] {Display.Esc(customer.Name)} ({customer.Lifecycle.ToString().ToLowerInvariant()}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var name = new Option<string?>("--name") { Description = "Part of the name." };
        var email = new Option<string?>("--email") { Description = "Exact email (any case)." };
        var phone = new Option<string?>("--phone") { Description = "Phone number in any notation." };
        var field = new Option<string?>("--field", "-f") { Description = "A custom field value as key=value." };
        var tag = new Option<string?>("--tag") { Description = "Only customers with this tag." };
        var lifecycle = new Option<LifecycleStage?>("--lifecycle") { Description = "Only lead, prospect, customer or former." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "Find customers; all criteria must match.") { name, email, phone, field, tag, lifecycle, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var pair = parse.GetValue(field) is { } f ? FieldOption.Parse([f]).Single() : (KeyValuePair<string, object?>?)null;
            var customers = await crm.Send(new FindCustomers
            {
                Name = parse.GetValue(name), Email = parse.GetValue(email), Phone = parse.GetValue(phone),
                FieldKey = pair?.Key, FieldValue = pair?.Value as string, Tag = parse.GetValue(tag),
                Lifecycle = parse.GetValue(lifecycle), Limit = parse.GetValue(limit),
            }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(customers.Select(c => CustomerJson(crm, c, reveal: false)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Name", "Lifecycle", "Email", "Phone", "Owner", "Tags");
            foreach (var c in customers)
                table.AddRow(Display.Esc(c.Id), Display.Esc(c.Name), c.Lifecycle.ToString().ToLowerInvariant(), Display.Esc(c.Email), Display.Esc(c.Phone), Display.Esc(c.Owner), Display.Esc(string.Join(", ", c.Tags)));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{customers.Count} customer(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("customer") { Description = "The customer id." };
        var reveal = new Option<bool>("--reveal") { Description = "Show sensitive field values unmasked." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("show", "Show a customer card with deals and the timeline.") { id, reveal, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var customer = await crm.Send(new GetCustomer(parse.GetValue(id)!), ct);
            var deals = await crm.Send(new ListDeals { CustomerId = customer.Id }, ct);
            var timeline = await crm.Send(new GetCustomerTimeline(customer.Id, 50), ct);
            var show = parse.GetValue(reveal);
            if (parse.GetValue(json))
            {
                cli.WriteJson(new { customer = CustomerJson(crm, customer, show), deals = deals.Select(d => DealsCommand.DealJson(crm, d)), timeline });
                return ExitCodes.Ok;
            }
            var card = new Grid().AddColumn().AddColumn();
            card.AddRow("[grey]Id[/]", Display.Esc(customer.Id));
            card.AddRow("[grey]Kind[/]", customer.Kind.ToString().ToLowerInvariant());
            card.AddRow("[grey]Lifecycle[/]", customer.Lifecycle.ToString().ToLowerInvariant());
            card.AddRow("[grey]Owner[/]", Display.Esc(customer.Owner));
            if (customer.MergedInto is { } into) card.AddRow("[grey]Merged into[/]", $"{Display.Esc(into)} (see 'crm customers show {Display.Esc(into)}')");
            foreach (var c in customer.Contacts) card.AddRow($"[grey]{c.Kind.ToString().ToLowerInvariant()}[/]", Display.Esc(c.Value));
            if (customer.Tags.Count > 0) card.AddRow("[grey]Tags[/]", Display.Esc(string.Join(", ", customer.Tags)));
            foreach (var (label, value) in Display.Fields(crm.Schema, FieldTarget.Customer, customer.Fields, show)) card.AddRow($"[grey]{Display.Esc(label)}[/]", Display.Esc(value));
            cli.Out.Write(new Panel(card).Header(Display.Esc(customer.Name)));
            if (deals.Count > 0)
            {
                var table = new Table().Title("Deals").AddColumns("Id", "Title", "Funnel", "Stage", "Amount");
                foreach (var d in deals) table.AddRow(Display.Esc(d.Id), Display.Esc(d.Title), Display.Esc(d.Funnel), Display.Esc(d.Stage), Display.Money(d.Amount));
                cli.Out.Write(table);
            }
            var history = new Table().Title("Timeline").AddColumns("When", "What", "By");
            foreach (var e in timeline) history.AddRow(Display.Time(e.At), Display.Esc(e.Summary), Display.Esc(e.By));
            cli.Out.Write(history);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Update(CliContext cli)
    {
        var id = new Argument<string>("customer") { Description = "The customer id." };
        var name = new Option<string?>("--name") { Description = "New name." };
        var email = new Option<string[]>("--email") { Description = "Email to add." };
        var phone = new Option<string[]>("--phone") { Description = "Phone to add." };
        var owner = new Option<string?>("--owner") { Description = "New owner." };
        var tag = new Option<string[]>("--tag") { Description = "Tag to add." };
        var untag = new Option<string[]>("--untag") { Description = "Tag to remove." };
        var lifecycle = new Option<LifecycleStage?>("--lifecycle") { Description = "New lifecycle stage." };
        var version = new Option<long?>("--expected-version") { Description = "Refuse the change if the card is no longer at this version." };
        var fields = FieldOption.Create();
        var command = new Command("update", "Change a customer card.") { id, name, email, phone, owner, tag, untag, lifecycle, version, fields };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var customer = await crm.Send(new UpdateCustomer
            {
                CustomerId = parse.GetValue(id)!, Name = parse.GetValue(name), Owner = parse.GetValue(owner),
                Lifecycle = parse.GetValue(lifecycle), ExpectedVersion = parse.GetValue(version),
                AddContacts = (parse.GetValue(email) ?? []).Select(e => new ContactPoint(ContactKind.Email, e))
                    .Concat((parse.GetValue(phone) ?? []).Select(p => new ContactPoint(ContactKind.Phone, p))).ToList(),
                AddTags = parse.GetValue(tag) ?? [], RemoveTags = parse.GetValue(untag) ?? [],
                Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            cli.Out.MarkupLine($"Updated customer [bold]{Display.Esc(customer.Id)}[/] {Display.Esc(customer.Name)} (version {customer.Version}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static object CustomerJson(CrmSession crm, Customer c, bool reveal) => new
    {
        c.Id, Kind = c.Kind, c.Name, c.Lifecycle, c.Owner, c.Contacts, c.Tags,
        Fields = Display.MaskedFields(crm.Schema, FieldTarget.Customer, c.Fields, reveal),
        c.CreatedAt, c.UpdatedAt, c.MergedInto, c.Version,
    };
}
