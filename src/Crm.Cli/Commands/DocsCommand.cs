using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Documents;

namespace Crm.Cli.Commands;

/// <summary><c>crm docs render|show</c>: documents from templates, kept on the customer card.</summary>
public static class DocsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) => new("docs", "Documents rendered from templates.") { Render(cli), Show(cli) };

    private static Command Render(CliContext cli)
    {
        var customer = new Argument<string>("customer") { Description = "The customer id." };
        var template = new Argument<string>("template") { Description = "The template key (see 'crm schema templates')." };
        var deal = new Option<string?>("--deal") { Description = "The deal, for templates about one (offers, contracts)." };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Also write the document to this file." };
        var command = new Command("render", "Render a document for a customer and keep it on the card.") { customer, template, deal, output };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            DocumentOutput.CheckFolder(parse.GetValue(output));
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var document = await crm.Send(new RenderDocument
            {
                CustomerId = parse.GetValue(customer)!, Template = parse.GetValue(template)!, DealId = parse.GetValue(deal),
            }, ct);
            await DocumentOutput.WriteAsync(cli, document, parse.GetValue(output), ct);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Show(CliContext cli)
    {
        var id = new Argument<string>("document") { Description = "The document id." };
        var command = new Command("show", "Print a kept document.") { id };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var document = await crm.Send(new GetDocument(parse.GetValue(id)!), ct);
            cli.Output.WriteLine(document.Content);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
