using System.CommandLine;
using Crm.Cli.Infrastructure;
using Crm.Framework;
using Crm.Framework.Customers;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary><c>crm customers duplicates|merge|merges</c>: finding and merging cards of the same customer.</summary>
public static class CustomerMergeCommands
{
    /// <summary><c>crm customers duplicates</c>.</summary>
    public static Command Duplicates(CliContext cli)
    {
        var rule = new Option<string[]>("--rule") { Description = "email, phone or name_company (repeatable). Default: all." };
        var limit = new Option<int>("--limit") { Description = "At most this many pairs.", DefaultValueFactory = _ => 100 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("duplicates", "Find likely duplicate customer cards.") { rule, limit, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var rules = (parse.GetValue(rule) ?? []).Select(ParseRule).ToList();
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var pairs = await crm.Send(new FindDuplicates { Rules = rules, Limit = parse.GetValue(limit) }, ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(pairs.Select(p => new
                {
                    First = new { p.First.Id, p.First.Name }, Second = new { p.Second.Id, p.Second.Name },
                    Rules = p.Rules.Select(RuleName).ToList(), p.Score,
                }).ToList());
                return ExitCodes.Ok;
            }
            var table = new Table().AddColumns("Keep", "Name", "Duplicate", "Name", "Rules", "Score");
            foreach (var p in pairs)
                table.AddRow(Display.Esc(p.First.Id), Display.Esc(p.First.Name), Display.Esc(p.Second.Id), Display.Esc(p.Second.Name),
                    string.Join(", ", p.Rules.Select(RuleName)), p.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            cli.Out.Write(table);
            cli.Out.MarkupLine($"[grey]{pairs.Count} pair(s); merge one with 'crm customers merge <keep> <duplicate>'[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>crm customers merge</c>.</summary>
    public static Command Merge(CliContext cli)
    {
        var survivor = new Argument<string>("survivor") { Description = "The card that stays." };
        var duplicate = new Argument<string>("duplicate") { Description = "The card merged into it." };
        var prefer = new Option<MergeSide>("--prefer") { Description = "Whose value wins a field conflict: survivor (default) or duplicate.", DefaultValueFactory = _ => MergeSide.Survivor };
        var take = new Option<string[]>("--take") { Description = "Per-field choice as field=survivor|duplicate (repeatable)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the merge would do; write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the merge record as JSON." };
        var command = new Command("merge", "Merge a duplicate card into the survivor: its interactions, deals and documents move over.") { survivor, duplicate, prefer, take, dryRun, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var choices = new Dictionary<string, MergeSide>(StringComparer.Ordinal);
            foreach (var pair in parse.GetValue(take) ?? [])
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || !Enum.TryParse<MergeSide>(parts[1], ignoreCase: true, out var side) || !Enum.IsDefined(side) || parts[0].Length == 0)
                    throw new CrmValidationException("take", pair, "must be written field=survivor or field=duplicate");
                choices[parts[0]] = side;
            }
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            var merge = await crm.Send(new MergeCustomers
            {
                SurvivorId = parse.GetValue(survivor)!, DuplicateId = parse.GetValue(duplicate)!, Prefer = parse.GetValue(prefer),
                FieldChoices = choices, DryRun = parse.GetValue(dryRun),
            }, ct);
            if (parse.GetValue(json)) cli.WriteJson(merge);
            else Print(cli, merge, parse.GetValue(dryRun));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary><c>crm customers merges</c>.</summary>
    public static Command Merges(CliContext cli)
    {
        var id = new Argument<string>("id") { Description = "A customer id (its merges) or a merge id (M-...)." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("merges", "Show the merges a customer took part in, or one merge.") { id, json };
        command.SetAction((parse, ct) => cli.Run(async () =>
        {
            var key = parse.GetValue(id)!.Trim();
            await using var crm = await CrmSession.OpenAsync(CliContext.Globals(parse), cli, ct);
            IReadOnlyList<CustomerMerge> merges = key.StartsWith(MergePrefix, StringComparison.Ordinal)
                ? [await crm.Send(new GetMerge(key), ct)]
                : await crm.Send(new ListMerges(key), ct);
            if (parse.GetValue(json))
            {
                cli.WriteJson(merges);
                return ExitCodes.Ok;
            }
            foreach (var merge in merges) Print(cli, merge, dryRun: false);
            cli.Out.MarkupLine($"[grey]{merges.Count} merge(s)[/]");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private const string MergePrefix = "M-";

    private static void Print(CliContext cli, CustomerMerge m, bool dryRun)
    {
        var head = dryRun ? "Would merge" : $"Merge [bold]{Display.Esc(m.Id)}[/]: merged";
        cli.Out.MarkupLine($"{head} {Display.Esc(m.DuplicateId)} {Display.Esc(m.DuplicateName)} into [bold]{Display.Esc(m.SurvivorId)}[/] {Display.Esc(m.SurvivorName)}"
            + (dryRun ? "." : $" ({Display.Time(m.MergedAt)}, by {Display.Esc(m.MergedBy)})."));
        cli.Out.MarkupLine($"  {(dryRun ? "would move" : "moved")} {m.MovedInteractions.Count} interaction(s), {m.MovedDeals.Count} deal(s), {m.MovedDocuments.Count} document(s)"
            + (m.MovedRecords.Count == 0 ? "" : $", {string.Join(", ", m.MovedRecords.GroupBy(r => r[..r.IndexOf(':')]).Select(g => $"{g.Count()} {Display.Esc(g.Key)}(s)"))}"));
        if (m.AddedContacts.Count > 0) cli.Out.MarkupLine($"  contacts added: {Display.Esc(string.Join(", ", m.AddedContacts))}");
        if (m.AddedTags.Count > 0) cli.Out.MarkupLine($"  tags added: {Display.Esc(string.Join(", ", m.AddedTags))}");
        if (m.FilledFields.Count > 0) cli.Out.MarkupLine($"  fields filled: {Display.Esc(string.Join(", ", m.FilledFields))}");
        foreach (var c in m.Conflicts)
            cli.Out.MarkupLine($"  conflict {Display.Esc(c.Field)}: survivor {Display.Esc(c.SurvivorValue)}, duplicate {Display.Esc(c.DuplicateValue)} → kept {c.Kept.ToString().ToLowerInvariant()}'s");
    }

    private static DuplicateRule ParseRule(string text) => text.Trim().ToLowerInvariant() switch
    {
        "email" => DuplicateRule.Email,
        "phone" => DuplicateRule.Phone,
        "name_company" or "name" => DuplicateRule.NameCompany,
        _ => throw new CrmValidationException("rule", text, "must be email, phone or name_company"),
    };

    private static string RuleName(DuplicateRule rule) => rule == DuplicateRule.NameCompany ? "name_company" : rule.ToString().ToLowerInvariant();
}
