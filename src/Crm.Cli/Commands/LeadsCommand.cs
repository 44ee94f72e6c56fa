using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Leads;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm leads capture|list</c>: inbound requests from any channel, and the leads they made.</summary>
public static class LeadsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("leads", "Inbound requests from every channel and the leads they create.")
    {
        Capture(cli), List(cli),
    };

    private static Command Capture(CliContext cli)
    {
        var channel = new Option<string>("--channel", "-c") { Description = "Channel key: web_form, phone, email, messenger, social, walk_in or a plugin's.", Required = true };
        var name = new Option<string?>("--name") { Description = "The person's name." };
        var company = new Option<string?>("--company") { Description = "Their company; without --name the lead is the organisation." };
        var email = new Option<string?>("--email") { Description = "Email address." };
        var phone = new Option<string?>("--phone") { Description = "Phone number; without + it is read in the CRM_REGION region (default GB)." };
        var messenger = new Option<string?>("--messenger") { Description = "Messenger handle." };
        var subject = new Option<string?>("--subject") { Description = "One-line subject. Default: the start of the message." };
        var message = new Option<string?>("--message", "-m") { Description = "What they wrote or said." };
        var requestId = new Option<string?>("--request-id") { Description = "The sender's id of the request (form submission, message id): a repeat is recognised." };
        var source = new Option<string?>("--source") { Description = "Where they came from, e.g. google_ads; tags a new lead." };
        var campaign = new Option<string?>("--campaign") { Description = "The marketing campaign." };
        var fields = FieldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the outcome as JSON." };
        var command = new Command("capture", "Register an inbound request: log it on the customer it comes from, or create a lead and route it to an owner.")
        {
            channel, name, company, email, phone, messenger, subject, message, requestId, source, campaign, fields, json,
        };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var capture = await crm.Send(new CaptureLead
            {
                Channel = parse.GetValue(channel)!, Name = parse.GetValue(name), Company = parse.GetValue(company),
                Email = parse.GetValue(email), Phone = parse.GetValue(phone), Messenger = parse.GetValue(messenger),
                Subject = parse.GetValue(subject), Message = parse.GetValue(message), ExternalId = parse.GetValue(requestId),
                Source = parse.GetValue(source), Campaign = parse.GetValue(campaign), Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(capture);
                return ExitCodes.Ok;
            }
            var who = $"[bold]{Display.Esc(capture.CustomerId)}[/] {Display.Esc(capture.CustomerName)}";
            var owner = capture.Owner is null ? "no owner" : $"owner {Display.Esc(capture.Owner)}";
            cli.Out.MarkupLine(capture.Outcome switch
            {
                LeadOutcome.Created => $"Created lead {who}, {owner}{(capture.Rule is { } rule ? $" (rule {Display.Esc(rule)})" : "")}; logged {Display.Esc(capture.InteractionId)}.",
                LeadOutcome.Matched => $"Matched customer {who}, {owner}; logged {Display.Esc(capture.InteractionId)}.",
                _ => $"Duplicate of request {Display.Esc(capture.RequestId)} on {who}, {owner}; nothing written.",
            });
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var owner = new Option<string?>("--owner") { Description = "Only leads of this owner." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "Customers in the lead stage, newest first, with owner and source.") { owner, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var leads = await crm.Send(new ListLeads { Owner = parse.GetValue(owner), Limit = parse.GetValue(limit) }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(leads.Select(l => new { l.Customer.Id, l.Customer.Name, l.Customer.Owner, l.Channel, l.Source, l.Customer.Email, l.Customer.Phone, l.Customer.CreatedAt }).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Name", "Owner", "Channel", "Source", "Email", "Phone", "Created");
            foreach (var l in leads)
                table.AddRow(Display.Esc(l.Customer.Id), Display.Esc(l.Customer.Name), Display.Esc(l.Customer.Owner), Display.Esc(l.Channel),
                    Display.Esc(l.Source), Display.Esc(l.Customer.Email), Display.Esc(l.Customer.Phone), Display.Time(l.Customer.CreatedAt));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{leads.Count} lead(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
