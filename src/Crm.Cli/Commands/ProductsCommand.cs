using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework.Sales;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm products [--funnel]</c>: the catalogue quotes are made from.</summary>
public static class ProductsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var funnel = new Option<string?>("--funnel") { Description = "Only the active products sold in this funnel." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("products", "The product and service catalogue declared by the app and the plugins.") { funnel, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var products = (parse.GetValue(funnel) is { } f ? crm.Schema.ProductsFor(crm.Schema.RequireFunnel(f).Key) : crm.Schema.Products()).ToList();
            if (parse.GetValue(json))
            {
                cli.WriteJson(products.Select(p => new
                {
                    p.Key, p.Name, p.Kind, UnitPrice = p.UnitPrice.Amount, p.UnitPrice.Currency, p.Unit, p.TaxRate, p.Sku, p.Description, p.Funnels, p.Active,
                    DeclaredBy = crm.Schema.DeclaredBy(ProductDeclarations.Kind, p.Key),
                }).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Key", "Name", "Kind", "Unit price", "Unit", "Tax", "Funnels", "Active");
            foreach (var p in products)
                table.AddRow(Display.Esc(p.Key), Display.Esc(p.Name), Display.Esc(p.Kind), Display.Money(p.UnitPrice), Display.Esc(p.Unit),
                    $"{p.TaxRate * 100:0.##}%", Display.Esc(p.Funnels.Count == 0 ? "all" : string.Join(", ", p.Funnels)), p.Active ? "yes" : "no");
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{products.Count} product(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
