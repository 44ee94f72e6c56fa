using System.CommandLine.Parsing;
using Crm.Cli.Infrastructure;
using Crm.Framework.Cases;
using Spectre.Console;

namespace Crm.Cli.Commands;

/// <summary>How cases look on the command line: statuses as typed (<c>in_progress</c>), deadlines with time left or overdue, the history.</summary>
internal static class CaseView
{
    /// <summary>A parser for an enum typed in snake_case (<c>warranty_claim</c>), naming the values there are.</summary>
    public static TEnum? Parse<TEnum>(ArgumentResult result, string what) where TEnum : struct, Enum
    {
        var text = result.Tokens.Single().Value;
        foreach (var value in Enum.GetValues<TEnum>())
            if (string.Equals(CaseLifecycle.Name(value), text.Replace('-', '_'), StringComparison.OrdinalIgnoreCase)) return value;
        result.AddError($"'{text}' is not a {what}; use one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => CaseLifecycle.Name(v)))}.");
        return null;
    }

    /// <summary>A deadline as shown: <c>2026-01-15 10:00 (in 45m)</c>, <c>(overdue by 2h 0m)</c> or <c>(met 09:30)</c>.</summary>
    public static string Deadline(DateTimeOffset due, DateTimeOffset? met, bool active, DateTimeOffset now)
    {
        var at = Display.Time(due);
        if (met is { } m) return $"{at} (met {Display.Time(m)}{(m > due ? $", {CaseSla.Late(m - due)} late" : "")})";
        if (!active) return $"{at} (not running)";
        return due >= now ? $"{at} (in {CaseSla.Late(due - now)})" : $"{at} ([red]overdue by {CaseSla.Late(now - due)}[/])";
    }

    /// <summary>The details, deadlines and history of a case.</summary>
    public static void Show(CliContext cli, ServiceCase c, DateTimeOffset now, DateTimeOffset resolutionDue)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string? value) { if (!string.IsNullOrEmpty(value)) grid.AddRow($"[grey]{label}[/]", value); }
        Row("Case", $"[bold]{Display.Esc(c.Id)}[/] {Display.Esc(c.Subject)}");
        Row("Customer", Display.Esc(c.CustomerId));
        Row("Type", $"{CaseLifecycle.Name(c.Type)}, {CaseLifecycle.Name(c.Priority)} priority");
        Row("Status", CaseLifecycle.Name(c.Status));
        Row("Owner", Display.Esc(c.Owner) + (c.Team is null ? "" : $" (team {Display.Esc(c.Team)})"));
        Row("Channel", Display.Esc(c.Channel));
        Row("Deal", Display.Esc(c.DealId));
        Row("Order", Display.Esc(c.OrderId));
        Row("Description", Display.Esc(c.Description));
        Row("SLA", $"{Display.Esc(c.SlaPolicy)}, opened {Display.Time(c.OpenedAt)}" + (c.EscalationLevel > 0 ? $", escalation level {c.EscalationLevel}" : ""));
        Row("First response", Deadline(c.FirstResponseDue, c.FirstRespondedAt, c.IsActive, now));
        Row("Resolution", c.WaitingSince is not null
            ? $"{Display.Time(resolutionDue)} (paused: waiting on the customer since {Display.Time(c.WaitingSince.Value)})"
            : Deadline(c.ResolutionDue, c.ResolvedAt, c.IsActive, now));
        Row("Resolution note", Display.Esc(c.Resolution));
        if (c.Satisfaction is { } s) Row("Satisfaction", $"{s.Score}/5" + (s.Comment is null ? "" : $" \"{Display.Esc(s.Comment)}\""));
        cli.Out.Write(grid);
        var history = new Table().AddColumns("When", "Who", "What", "");
        foreach (var step in c.History)
            history.AddRow(Display.Time(step.At), Display.Esc(step.By), CaseLifecycle.Name(step.Kind), Display.Esc(step.Text));
        cli.Out.Write(history);
    }

    /// <summary>The case as JSON: statuses and types as typed on the command line.</summary>
    public static object Json(ServiceCase c, DateTimeOffset resolutionDue) => new
    {
        c.Id, c.CustomerId, Type = CaseLifecycle.Name(c.Type), Priority = CaseLifecycle.Name(c.Priority), Status = CaseLifecycle.Name(c.Status),
        c.Subject, c.Description, c.Channel, c.Owner, c.Team, c.DealId, c.OrderId, c.SlaPolicy, c.OpenedAt,
        c.FirstResponseDue, ResolutionDue = resolutionDue, c.FirstRespondedAt, c.WaitingSince, c.ResolvedAt, c.ClosedAt, c.Resolution, c.Satisfaction,
        c.EscalationLevel, Breaches = c.Breaches.Select(b => CaseLifecycle.Name(b)).ToList(),
        History = c.History.Select(s => new { Kind = CaseLifecycle.Name(s.Kind), s.At, s.By, s.Text }).ToList(),
        c.CreatedAt, c.UpdatedAt, c.Version,
    };
}
