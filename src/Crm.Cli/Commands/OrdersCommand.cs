using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Sales;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm orders list|show|advance</c>: orders placed from accepted quotes, tracked to fulfilment.</summary>
public static class OrdersCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("orders", "Orders placed from accepted quotes, tracked to fulfilment.") { List(cli), Show(cli), Advance(cli) };

    private static Command List(CliContext cli)
    {
        var customer = new Option<string?>("--customer") { Description = "Only this customer's orders." };
        var deal = new Option<string?>("--deal") { Description = "Only this deal's orders." };
        var status = new Option<string?>("--status") { Description = "Only new, confirmed, in_fulfilment, fulfilled or cancelled orders." };
        var limit = new Option<int>("--limit") { Description = "At most this many.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("list", "List orders, newest first.") { customer, deal, status, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var wanted = parse.GetValue(status) is { } s ? ParseStatus(s) : (OrderStatus?)null;
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var orders = await crm.Send(new ListOrders { CustomerId = parse.GetValue(customer), DealId = parse.GetValue(deal), Status = wanted, Limit = parse.GetValue(limit) }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(orders.Select(OrderJson).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Number", "Id", "Customer", "Deal", "Quote", "Status", "Total", "Placed");
            foreach (var o in orders)
                table.AddRow(o.Number, Display.Esc(o.Id), Display.Esc(o.CustomerId), Display.Esc(o.DealId), o.QuoteNumber, SalesRecords.Text(o.Status), Display.Money(o.Total), Display.Time(o.CreatedAt));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{orders.Count} order(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var order = new Argument<string>("order") { Description = "The order id or number, e.g. O-2026-0001." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("show", "Show an order with its lines and status history.") { order, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var o = await crm.Send(new GetOrder(parse.GetValue(order)!), ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(OrderJson(o));
                return ExitCodes.Ok;
            }
            cli.Out.MarkupLine($"[bold]{o.Number}[/] ({Display.Esc(o.Id)}) — {SalesRecords.Text(o.Status)}{(o.CancelReason is null ? "" : $": {Display.Esc(o.CancelReason)}")}");
            cli.Out.MarkupLine($"Customer {Display.Esc(o.CustomerId)}, deal {Display.Esc(o.DealId)}, quote {o.QuoteNumber}");
            var lines = new Table().AddColumns("#", "Item", "Qty", "Unit price", "Net", "Tax");
            foreach (var l in o.Lines)
                lines.AddRow(l.No.ToString(System.Globalization.CultureInfo.InvariantCulture), Display.Esc(l.Description), $"{l.Quantity:0.##} {Display.Esc(l.Unit)}",
                    Display.Amount(l.UnitPrice), Display.Amount(l.Net), Display.Amount(l.Tax));
            cli.Out.Write(lines);
            cli.Out.MarkupLine($"Subtotal {Display.Money(o.Subtotal)} · discount {Display.Money(o.DiscountTotal)} · tax {Display.Money(o.Tax)} · [bold]total {Display.Money(o.Total)}[/]");
            var history = new Table().AddColumns("When", "From", "To", "By", "Reason");
            foreach (var h in o.History)
                history.AddRow(Display.Time(h.At), h.From is { } from ? SalesRecords.Text(from) : "", SalesRecords.Text(h.To), Display.Esc(h.By), Display.Esc(h.Reason));
            cli.Out.Write(history);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Advance(CliContext cli)
    {
        var order = new Argument<string>("order") { Description = "The order id or number." };
        var status = new Argument<string>("status") { Description = "confirmed, in_fulfilment, fulfilled or cancelled." };
        var reason = new Option<string?>("--reason", "-r") { Description = "Why; required to cancel." };
        var json = new Option<bool>("--json") { Description = "Print the order as JSON." };
        var command = new Command("advance", "Move an order to its next status, or cancel it with a reason.") { order, status, reason, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var to = ParseStatus(parse.GetValue(status)!);
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var o = await crm.Send(new AdvanceOrder { OrderId = parse.GetValue(order)!, Status = to, Reason = parse.GetValue(reason) }, ct);
            if (parse.GetValue(json)) cli.WriteJson(OrderJson(o));
            else cli.Out.MarkupLine($"Order [bold]{o.Number}[/] is now [bold]{SalesRecords.Text(o.Status)}[/].");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Reads <c>in_fulfilment</c> (or <c>in-fulfilment</c>, <c>InFulfilment</c>) as a status, or names the ones there are.</summary>
    private static OrderStatus ParseStatus(string text)
    {
        var wanted = text.Trim().Replace('-', '_');
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            if (string.Equals(SalesRecords.Text(status), wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(status.ToString(), wanted, StringComparison.OrdinalIgnoreCase))
                return status;
        }
        throw new CrmValidationException("status", text, $"is not an order status; use one of {string.Join(", ", Enum.GetValues<OrderStatus>().Select(SalesRecords.Text))}");
    }

    internal static object OrderJson(Order o) => new
    {
        o.Id, o.Number, o.CustomerId, o.DealId, o.QuoteId, o.QuoteNumber, Status = SalesRecords.Text(o.Status), Currency = o.Total.Currency,
        Lines = o.Lines.Select(l => new { l.No, l.Product, l.Description, l.Quantity, l.Unit, l.UnitPrice, Discount = l.Discount?.ToString(), l.TaxRate, l.Net, l.Tax }),
        Subtotal = o.Subtotal.Amount, DiscountTotal = o.DiscountTotal.Amount, Tax = o.Tax.Amount, Total = o.Total.Amount, o.CancelReason,
        History = o.History.Select(h => new { From = h.From is { } f ? SalesRecords.Text(f) : null, To = SalesRecords.Text(h.To), h.At, h.By, h.Reason }),
        o.CreatedAt, o.UpdatedAt, o.Version,
    };
}
