using System.CommandLine;
using System.Globalization;
using Crm.Cli.Infrastructure;
using Crm.Framework.Pipelines;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm report funnel [funnel]</c>: count, amount and weighted amount per stage.</summary>
public static class ReportCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var funnel = new Argument<string?>("funnel") { Description = "The funnel key; default: every funnel.", Arity = ArgumentArity.ZeroOrOne };
        var currency = new Option<string?>("--currency") { Description = "Report in this currency; default: the one most deals use." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("funnel", "Deals per stage with amounts and the weighted forecast.") { funnel, currency, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var keys = parse.GetValue(funnel) is { } one ? [one] : crm.Schema.Funnels.Select(f => f.Key).ToList();
            var summaries = new List<FunnelSummary>();
            foreach (var key in keys) summaries.Add(await crm.Send(new GetFunnelSummary(key, parse.GetValue(currency)), ct));
            if (parse.GetValue(json))
            {
                cli.WriteJson(summaries.Select(s => new { s.Funnel, s.Name, s.Currency, s.Stages, s.TotalCount, s.OpenAmount, s.WeightedOpenAmount, s.WonAmount, s.WinRate, s.OtherCurrencyDeals }).ToList());
                return ExitCodes.Ok;
            }
            foreach (var s in summaries) Write(cli, s);
            return ExitCodes.Ok;
        }));
        return new Command("report", "Analytics.") { command };
    }

    /// <summary>Writes one funnel report as a table with a bar per stage.</summary>
    public static void Write(CliContext cli, FunnelSummary s)
    {
        var max = Math.Max(1, s.Stages.Max(r => r.Count));
        var table = new Table().Title($"{Display.Esc(s.Name)} ({Display.Esc(s.Funnel)}), {s.Currency}")
            .AddColumns("Stage", "Kind", "Prob.", "Deals", "", "Amount", "Weighted");
        foreach (var r in s.Stages)
        {
            var color = r.Kind switch { StageKind.Won => "green", StageKind.Lost => "red", _ => "blue" };
            table.AddRow(Display.Esc(r.Name), r.Kind.ToString().ToLowerInvariant(), r.Probability.ToString("P0", CultureInfo.InvariantCulture),
                r.Count.ToString(CultureInfo.InvariantCulture), $"[{color}]{new string('█', (int)Math.Ceiling(12.0 * r.Count / max))}[/]",
                Display.Amount(r.Amount), Display.Amount(r.WeightedAmount));
        }
        cli.Out.Write(table);
        var winRate = s.WinRate is { } w ? w.ToString("P0", CultureInfo.InvariantCulture) : "n/a";
        cli.Out.MarkupLine($"Open pipeline [bold]{Display.Amount(s.OpenAmount)} {s.Currency}[/], weighted forecast [bold]{Display.Amount(s.WeightedOpenAmount)} {s.Currency}[/], won {Display.Amount(s.WonAmount)} {s.Currency}, win rate {winRate}."
            + (s.OtherCurrencyDeals > 0 ? $" [grey]{s.OtherCurrencyDeals} deal(s) in other currencies not shown.[/]" : ""));
    }
}
