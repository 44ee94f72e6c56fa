using System.CommandLine;
using Crm.Cli.Infrastructure;
using Spectre.Console;
using Crm.Framework.Interactions;

namespace Crm.Cli.Commands;

/// <summary><c>crm interactions log</c>: a call, visit, email or any other touch on the customer card.</summary>
public static class InteractionsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var customer = new Argument<string>("customer") { Description = "The customer id." };
        var channel = new Option<string>("--channel", "-c") { Description = "Channel key (see 'crm schema channels').", Required = true };
        var subject = new Option<string>("--subject", "-s") { Description = "One-line subject.", Required = true };
        var direction = new Option<InteractionDirection>("--direction") { Description = "inbound (default), outbound or internal.", DefaultValueFactory = _ => InteractionDirection.Inbound };
        var notes = new Option<string?>("--notes") { Description = "Free notes." };
        var outcome = new Option<string?>("--outcome") { Description = "The result, e.g. 'callback requested'." };
        var deal = new Option<string?>("--deal") { Description = "The deal it concerns." };
        var script = new Option<string?>("--script") { Description = "The call script used (see 'crm scripts')." };
        var at = new Option<DateTimeOffset?>("--at") { Description = "When it happened (ISO 8601). Default: now.", CustomParser = Parsers.Timestamp };
        var fields = FieldOption.Create();
        var log = new Command("log", "Log an interaction with a customer.") { customer, channel, subject, direction, notes, outcome, deal, script, at, fields };
        log.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var interaction = await crm.Send(new LogInteraction
            {
                CustomerId = parse.GetValue(customer)!, Channel = parse.GetValue(channel)!, Subject = parse.GetValue(subject)!,
                Direction = parse.GetValue(direction), Notes = parse.GetValue(notes), Outcome = parse.GetValue(outcome),
                DealId = parse.GetValue(deal), Script = parse.GetValue(script), OccurredAt = parse.GetValue(at), Fields = FieldOption.Parse(parse.GetValue(fields)),
            }, ct);
            cli.Out.MarkupLine($"Logged [bold]{Display.Esc(interaction.Id)}[/] ({Display.Esc(interaction.Channel)}) on {Display.Esc(interaction.CustomerId)}.");
            return ExitCodes.Ok;
        }));
        return new Command("interactions", "Touches with customers on any channel.") { log };
    }
}
