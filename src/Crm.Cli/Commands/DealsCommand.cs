using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm deals open|move|close|list</c>.</summary>
public static class DealsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("deals", "Deals moving through funnels.")
    {
        Open(cli), Move(cli), Close(cli), List(cli),
    };

    private static Command Open(CliContext cli)
    {
        var customer = new Argument<string>("customer") { Description = "The customer id." };
        var funnel = new Option<string>("--funnel") { Description = "Funnel key (see 'crm schema funnels').", Required = true };
        var title = new Option<string>("--title", "-t") { Description = "Short title.", Required = true };
        var amount = new Option<string>("--amount", "-a") { Description = "Amount and currency, e.g. \"250000 EUR\".", Required = true };
        var owner = new Option<string?>("--owner") { Description = "Responsible user. Default: the customer's owner." };
        var close = new Option<DateOnly?>("--close") { Description = "Expected close date (yyyy-MM-dd).", CustomParser = Parsers.Date };
        var fields = FieldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the deal as JSON." };
        var command = new Command("open", "Open a deal at the funnel's first stage.") { customer, funnel, title, amount, owner, close, fields, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            if (!Money.TryParse(parse.GetValue(amount), out var money))
                throw new CrmValidationException("amount", parse.GetValue(amount), "must be an amount and a currency, e.g. \"250000 EUR\"");
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var deal = await crm.Send(new OpenDeal
            {
                CustomerId = parse.GetValue(customer)!, Funnel = parse.GetValue(funnel)!, Title = parse.GetValue(title)!, Amount = money,
                Owner = parse.GetValue(owner), ExpectedClose = parse.GetValue(close), Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            Report(cli, crm, deal, parse.GetValue(json), $"Opened deal [bold]{Display.Esc(deal.Id)}[/] {Display.Esc(deal.Title)} at [bold]{Display.Esc(deal.Stage)}[/].");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Move(CliContext cli)
    {
        var deal = new Argument<string>("deal") { Description = "The deal id." };
        var stage = new Argument<string>("stage") { Description = "The target stage key." };
        var reason = new Option<string?>("--reason", "-r") { Description = "A note; required when the stage is a lost stage." };
        var fields = FieldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the deal as JSON." };
        var command = new Command("move", "Move a deal to another stage.") { deal, stage, reason, fields, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var moved = await crm.Send(new MoveDeal
            {
                DealId = parse.GetValue(deal)!, Stage = parse.GetValue(stage)!, Reason = parse.GetValue(reason), Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            Report(cli, crm, moved, parse.GetValue(json), $"Moved deal [bold]{Display.Esc(moved.Id)}[/] to [bold]{Display.Esc(moved.Stage)}[/] ({moved.Status.ToString().ToLowerInvariant()}).");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Close(CliContext cli)
    {
        var deal = new Argument<string>("deal") { Description = "The deal id." };
        var won = new Option<bool>("--won") { Description = "Close as won." };
        var lost = new Option<bool>("--lost") { Description = "Close as lost (needs --reason)." };
        var reason = new Option<string?>("--reason", "-r") { Description = "Why it was lost, or a closing note." };
        var stage = new Option<string?>("--stage") { Description = "The won or lost stage, when the funnel has several." };
        var fields = FieldOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the deal as JSON." };
        var command = new Command("close", "Close a deal as won or lost.") { deal, won, lost, reason, stage, fields, json };
        command.Validators.Add(result =>
        {
            if (result.GetValue(won) == result.GetValue(lost)) result.AddError("Say how the deal closed: give exactly one of --won or --lost.");
        });
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var closed = await crm.Send(new CloseDeal
            {
                DealId = parse.GetValue(deal)!, Won = parse.GetValue(won), Reason = parse.GetValue(reason), Stage = parse.GetValue(stage),
                Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            Report(cli, crm, closed, parse.GetValue(json), $"Closed deal [bold]{Display.Esc(closed.Id)}[/] as [bold]{closed.Status.ToString().ToLowerInvariant()}[/] at {Display.Esc(closed.Stage)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var funnel = new Option<string?>("--funnel") { Description = "Only this funnel." };
        var stage = new Option<string?>("--stage") { Description = "Only this stage." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's deals." };
        var status = new Option<DealStatus?>("--status") { Description = "Only open, won or lost deals." };
        var owner = new Option<string?>("--owner") { Description = "Only this owner's deals." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "List deals, newest first.") { funnel, stage, customer, status, owner, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var deals = await crm.Send(new ListDeals
            {
                Funnel = parse.GetValue(funnel), Stage = parse.GetValue(stage), CustomerId = parse.GetValue(customer),
                Status = parse.GetValue(status), Owner = parse.GetValue(owner), Limit = parse.GetValue(limit),
            }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(deals.Select(d => DealJson(crm, d)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Id", "Title", "Customer", "Funnel", "Stage", "Status", "Amount", "Owner");
            foreach (var d in deals)
                table.AddRow(Display.Esc(d.Id), Display.Esc(d.Title), Display.Esc(d.CustomerId), Display.Esc(d.Funnel), Display.Esc(d.Stage),
                    d.Status.ToString().ToLowerInvariant(), Display.Money(d.Amount), Display.Esc(d.Owner));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{deals.Count} deal(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void Report(CliContext cli, CrmSession crm, Deal deal, bool json, string line)
    {
        if (json) cli.WriteJson(DealJson(crm, deal));
        else cli.Out.MarkupLine(line);
    }

    internal static object DealJson(CrmSession crm, Deal d) => new
    {
        d.Id, d.CustomerId, d.Funnel, d.Title, d.Stage, d.Status, Amount = d.Amount.Amount, Currency = d.Amount.Currency,
        d.Owner, d.ExpectedClose, d.LostReason, d.ClosedAt, d.History,
        Fields = Display.MaskedFields(crm.Schema, FieldTarget.Deal, d.Fields, reveal: false),
        d.CreatedAt, d.UpdatedAt, d.Version,
    };
}
