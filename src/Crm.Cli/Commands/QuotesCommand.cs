using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Documents;
using Crm.Framework.Sales;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm quotes create|add-line|remove-line|show|list|send|accept|decline|render</c>.</summary>
public static class QuotesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("quotes", "Priced offers for deals, sent, accepted into orders and printed as proposals.")
    {
        New(cli), AddLine(cli), RemoveLine(cli), Show(cli), List(cli), Send(cli), Accept(cli), Decline(cli), Render(cli),
    };

    private static Option<bool> Json() => new("--json") { Description = "Print JSON." };

    private static Argument<string> QuoteArgument() => new("quote") { Description = "The quote id or number, e.g. Q-2026-0001." };

    private static Command New(CliContext cli)
    {
        var deal = new Option<string>("--deal") { Description = "The deal to price.", Required = true };
        var validUntil = new Option<DateOnly?>("--valid-until") { Description = "Last day it may be accepted (yyyy-MM-dd). Default: 30 days from today.", CustomParser = Parsers.Date };
        var discount = new Option<string?>("--discount") { Description = "A discount on the whole quote: \"5%\" or an amount such as \"50.00\"." };
        var notes = new Option<string?>("--notes") { Description = "A note printed on the proposal." };
        var json = Json();
        var command = new Command("create", "Start a draft quote for a deal, in the deal's currency.") { deal, validUntil, discount, notes, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var rebate = ParseDiscount(parse.GetValue(discount));
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var quote = await crm.Send(new CreateQuote { DealId = parse.GetValue(deal)!, ValidUntil = parse.GetValue(validUntil), Discount = rebate, Notes = parse.GetValue(notes) }, ct);
            Report(cli, quote, parse.GetValue(json), $"Created quote [bold]{quote.Number}[/] ({Display.Esc(quote.Id)}) for deal {Display.Esc(quote.DealId)}, valid until {quote.ValidUntil:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command AddLine(CliContext cli)
    {
        var quote = QuoteArgument();
        var product = new Option<string?>("--product", "-p") { Description = "The product key (see 'crm products')." };
        var text = new Option<string?>("--text") { Description = "The text printed; required for a line without a product." };
        var qty = new Option<decimal>("--qty", "-q") { Description = "How many units. Default 1.", DefaultValueFactory = _ => 1m };
        var price = new Option<string?>("--price") { Description = "Unit price in the quote's currency, e.g. \"100.00 EUR\". Default: the catalogue price." };
        var discount = new Option<string?>("--discount") { Description = "Line discount: \"10%\" or an amount such as \"25.00\"." };
        var tax = new Option<decimal?>("--tax") { Description = "Tax rate from 0 to 1 (0.2 is 20%). Default: the product's." };
        var json = Json();
        var command = new Command("add-line", "Add a product or a free-text line to a draft quote.") { quote, product, text, qty, price, discount, tax, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            Money? unitPrice = null;
            if (parse.GetValue(price) is { } p)
                unitPrice = Money.TryParse(p, out var money) ? money : throw new CrmValidationException("price", p, "must be an amount and a currency, e.g. \"100.00 EUR\"");
            var rebate = ParseDiscount(parse.GetValue(discount));
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var after = await crm.Send(new AddQuoteLine
            {
                QuoteId = parse.GetValue(quote)!, Product = parse.GetValue(product), Description = parse.GetValue(text), Quantity = parse.GetValue(qty),
                UnitPrice = unitPrice, Discount = rebate, TaxRate = parse.GetValue(tax),
            }, ct);
            var line = after.Lines[^1];
            Report(cli, after, parse.GetValue(json), $"Added line {line.No} {Display.Esc(line.Description)} ({Display.Amount(line.Net)} {after.Currency}) to quote [bold]{after.Number}[/]; total {Display.Money(after.Total)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command RemoveLine(CliContext cli)
    {
        var quote = QuoteArgument();
        var line = new Argument<int>("line") { Description = "The line number." };
        var json = Json();
        var command = new Command("remove-line", "Remove a line from a draft quote.") { quote, line, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var after = await crm.Send(new RemoveQuoteLine { QuoteId = parse.GetValue(quote)!, LineNo = parse.GetValue(line) }, ct);
            Report(cli, after, parse.GetValue(json), $"Removed line {parse.GetValue(line)} from quote [bold]{after.Number}[/]; total {Display.Money(after.Total)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var quote = QuoteArgument();
        var json = Json();
        var command = new Command("show", "Show a quote with its lines and totals.") { quote, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var q = await crm.Send(new GetQuote(parse.GetValue(quote)!), ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(QuoteJson(q, Today()));
                return ExitCodes.Ok;
            }
            cli.Out.MarkupLine($"[bold]{q.Number}[/] ({Display.Esc(q.Id)}) — {SalesRecords.Text(q.StatusOn(Today()))}, valid until {q.ValidUntil:yyyy-MM-dd}");
            cli.Out.MarkupLine($"Customer {Display.Esc(q.CustomerId)}, deal {Display.Esc(q.DealId)}{(q.OrderId is null ? "" : $", order {Display.Esc(q.OrderId)}")}{(q.DeclineReason is null ? "" : $", declined: {Display.Esc(q.DeclineReason)}")}");
            var table = new Table().AddColumns("#", "Item", "Qty", "Unit price", "Discount", "Net", "Tax rate", "Tax");
            foreach (var l in q.Lines)
                table.AddRow(l.No.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Esc(l.Description), $"{l.Quantity:0.##} {Display.Esc(l.Unit)}",
                    Display.Amount(l.UnitPrice), Display.Esc(l.Discount?.ToString()), Display.Amount(l.Net), $"{l.TaxRate * 100:0.##}%", Display.Amount(l.Tax));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"Subtotal {Display.Money(q.Subtotal)} · discount {Display.Money(q.DiscountTotal)}{(q.Discount is null ? "" : $" ({q.Discount})")} · tax {Display.Money(q.Tax)} · [bold]total {Display.Money(q.Total)}[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(CliContext cli)
    {
        var deal = new Option<string?>("--deal") { Description = "Only this deal's quotes." };
        var customer = new Option<string?>("--customer") { Description = "Only this customer's quotes." };
        var status = new Option<QuoteStatus?>("--status") { Description = "Only draft, sent, accepted, declined or expired quotes." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = Json();
        var command = new Command("list", "List quotes, newest first.") { deal, customer, status, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var quotes = await crm.Send(new ListQuotes
            {
                DealId = parse.GetValue(deal), CustomerId = parse.GetValue(customer), Status = parse.GetValue(status), Limit = parse.GetValue(limit),
            }, ct);
            var today = Today();
            if (parse.GetValue(json))
            {
                cli.WriteJson(quotes.Select(q => QuoteJson(q, today)).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Number", "Id", "Customer", "Deal", "Status", "Valid until", "Lines", "Total");
            foreach (var q in quotes)
                table.AddRow(q.Number, Display.Esc(q.Id), Display.Esc(q.CustomerId), Display.Esc(q.DealId), SalesRecords.Text(q.StatusOn(today)),
                    q.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), q.Lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Money(q.Total));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{quotes.Count} quote(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Send(CliContext cli)
    {
        var quote = QuoteArgument();
        var json = Json();
        var command = new Command("send", "Mark a draft quote as sent to the customer; it can no longer be edited.") { quote, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var q = await crm.Send(new SendQuote(parse.GetValue(quote)!), ct);
            Report(cli, q, parse.GetValue(json), $"Sent quote [bold]{q.Number}[/] ({Display.Money(q.Total)}), valid until {q.ValidUntil:yyyy-MM-dd}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Accept(CliContext cli)
    {
        var quote = QuoteArgument();
        var json = Json();
        var command = new Command("accept", "Record the customer's acceptance and place the order; the deal's other open quotes are declined as superseded.") { quote, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var result = await crm.Send(new AcceptQuote(parse.GetValue(quote)!), ct);
            if (parse.GetValue(json)) cli.WriteJson(new { Quote = QuoteJson(result.Quote, Today()), Order = OrdersCommand.OrderJson(result.Order) });
            else cli.Out.MarkupLine($"Accepted quote [bold]{result.Quote.Number}[/]; placed order [bold]{result.Order.Number}[/] ({Display.Esc(result.Order.Id)}) for {Display.Money(result.Order.Total)}.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Decline(CliContext cli)
    {
        var quote = QuoteArgument();
        var reason = new Option<string?>("--reason", "-r") { Description = "Why the customer declined." };
        var json = Json();
        var command = new Command("decline", "Record that the customer declined a quote.") { quote, reason, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var q = await crm.Send(new DeclineQuote { QuoteId = parse.GetValue(quote)!, Reason = parse.GetValue(reason) }, ct);
            Report(cli, q, parse.GetValue(json), $"Declined quote [bold]{q.Number}[/].");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Render(CliContext cli)
    {
        var quote = QuoteArgument();
        var template = new Option<string>("--template") { Description = "The template key.", DefaultValueFactory = _ => KernelTemplates.CommercialProposal };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Also write the proposal to this file." };
        var command = new Command("render", "Print a quote as a commercial proposal and keep the document on the customer card.") { quote, template, output };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            DocumentOutput.CheckFolder(parse.GetValue(output));
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var q = await crm.Send(new GetQuote(parse.GetValue(quote)!), ct);
            var document = await crm.Send(new RenderDocument { CustomerId = q.CustomerId, DealId = q.DealId, QuoteId = q.Id, Template = parse.GetValue(template)! }, ct);
            await DocumentOutput.WriteAsync(cli, document, parse.GetValue(output), ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Discount? ParseDiscount(string? text)
    {
        if (text is null) return null;
        return Discount.TryParse(text, out var discount) ? discount : throw new CrmValidationException("discount", text, "must be a percentage such as \"10%\" or an amount such as \"25.00\"");
    }

    /// <summary>Today on the CLI's clock (CRM_NOW or the system clock), for showing expired quotes.</summary>
    private static DateOnly Today() => DateOnly.FromDateTime((CrmSession.FixedNow() ?? DateTimeOffset.UtcNow).UtcDateTime);

    private static void Report(CliContext cli, Quote quote, bool json, string line)
    {
        if (json) cli.WriteJson(QuoteJson(quote, Today()));
        else cli.Out.MarkupLine(line);
    }

    internal static object QuoteJson(Quote q, DateOnly today) => new
    {
        q.Id, q.Number, q.CustomerId, q.DealId, Status = SalesRecords.Text(q.StatusOn(today)), q.ValidUntil, q.Currency,
        Lines = q.Lines.Select(l => new
        {
            l.No, l.Product, l.Description, l.Quantity, l.Unit, l.UnitPrice, Discount = l.Discount?.ToString(), l.TaxRate,
            l.Gross, l.DiscountAmount, l.Net, l.QuoteDiscountShare, l.Tax,
        }),
        Discount = q.Discount?.ToString(), Subtotal = q.Subtotal.Amount, DiscountTotal = q.DiscountTotal.Amount, Tax = q.Tax.Amount, Total = q.Total.Amount,
        q.Notes, q.DeclineReason, q.OrderId, q.CreatedBy, q.CreatedAt, q.SentAt, q.AnsweredAt, q.UpdatedAt, q.Version,
    };
}
