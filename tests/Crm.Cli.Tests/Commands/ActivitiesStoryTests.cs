using System.Text.Json;

namespace Crm.Cli.Tests.Commands;

/// <summary>Tasks, the agenda, reminders and call scripts end to end, as of a fixed moment (CRM_NOW).</summary>
public sealed class ActivitiesStoryTests : IDisposable
{
    private readonly CliRunner _crm = new() { Now = "2026-01-15T09:00Z" };

    public void Dispose() => _crm.Dispose();

    private string Customer() => _crm.Json("customers", "add", "Ada Lovelace", "--email", "ada@example.com",
        "--field", "segment=retail", "--field", "national_id=48501120215", "--json").GetProperty("id").GetString()!;

    [Fact]
    public void A_call_is_scheduled_reminded_once_done_and_logged_on_the_customer_card()
    {
        _crm.Ok("init", "--industry", "bank");
        var customer = Customer();
        var call = _crm.Json("tasks", "add", "Call about the rate", "--kind", "call", "--due", "2026-01-15T09:10", "--duration", "30m",
            "--customer", customer, "--remind", "15m", "--json");
        var id = call.GetProperty("id").GetString()!;
        Assert.Equal("call", call.GetProperty("kind").GetString());
        Assert.Equal("tester", call.GetProperty("owner").GetString());

        var listed = _crm.Json("tasks", "list", "--due-soon", "--json");
        Assert.Equal(id, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetString());

        var reminders = _crm.Ok("reminders", "--ack");
        Assert.Contains("Call about the rate", reminders.Stdout);
        Assert.Contains("1 reminder(s) marked delivered", reminders.Stdout);
        Assert.Contains("Nothing is due.", _crm.Ok("reminders").Stdout);

        var done = _crm.Json("tasks", "done", id, "--outcome", "agreed to meet", "--json");
        Assert.Equal("done", done.GetProperty("status").GetString());
        var interaction = done.GetProperty("interactionId").GetString()!;
        var timeline = _crm.Json("customers", "show", customer, "--json").ToString();
        Assert.Contains(interaction, timeline);
        Assert.Contains("agreed to meet", timeline);
        Assert.Empty(_crm.Json("tasks", "list", "--json").EnumerateArray());
        Assert.Single(_crm.Json("tasks", "list", "--all", "--json").EnumerateArray());
    }

    [Fact]
    public void The_agenda_shows_a_weekly_activity_and_its_projected_occurrences_and_done_schedules_the_next()
    {
        _crm.Ok("init", "--industry", "bank");
        var id = _crm.Json("tasks", "add", "Pipeline review", "--kind", "meeting", "--due", "2026-01-16T10:00", "--repeat", "weekly",
            "--count", "3", "--json").GetProperty("id").GetString()!;

        var agenda = _crm.Json("agenda", "--from", "2026-01-15", "--to", "2026-02-28", "--json").EnumerateArray().ToList();
        Assert.Equal([false, true, true], agenda.Select(e => e.GetProperty("projected").GetBoolean()));
        Assert.Equal("2026-01-30T10:00:00+00:00", agenda[2].GetProperty("at").GetString());
        Assert.Contains("projected", _crm.Ok("agenda", "--to", "2026-01-31").Stdout);
        Assert.Empty(_crm.Json("agenda", "--user", "maria", "--json").EnumerateArray());

        var next = _crm.Json("tasks", "done", id, "--json").GetProperty("nextOccurrenceId").GetString()!;
        var second = _crm.Json("tasks", "show", next, "--json");
        Assert.Equal("2026-01-23T10:00:00+00:00", second.GetProperty("due").GetString());
        Assert.Equal(2, second.GetProperty("occurrence").GetInt32());
    }

    [Fact]
    public void Mistakes_with_tasks_and_scripts_are_one_clear_sentence_and_a_non_zero_exit()
    {
        _crm.Ok("init", "--industry", "bank");

        Assert.Contains("'soon' is not a date and time", _crm.Run("tasks", "add", "Call", "--due", "soon").Stderr);
        Assert.NotEqual(0, _crm.Run("tasks", "add", "Call", "--duration", "half an hour").ExitCode);
        Assert.Contains("give --repeat", _crm.Run("tasks", "add", "Call", "--count", "3").Stderr);
        Assert.Contains("'visit' is not a kind of activity", _crm.Run("tasks", "add", "Call", "--kind", "visit").Stderr);
        Assert.Contains("'due' is required for a recurring activity", _crm.Run("tasks", "add", "Call", "--repeat", "daily").AssertUserError(2));
        Assert.Contains("No customer 'C-NOPE'", _crm.Run("tasks", "add", "Call", "--customer", "C-NOPE").AssertUserError(3));
        Assert.Contains("No activity 'ACT-NOPE'", _crm.Run("tasks", "done", "ACT-NOPE").AssertUserError(3));
        Assert.Empty(_crm.Json("tasks", "list", "--all", "--json").EnumerateArray());

        var id = _crm.Json("tasks", "add", "Send papers", "--json").GetProperty("id").GetString()!;
        _crm.Ok("tasks", "cancel", id, "--reason", "not needed");
        Assert.Contains("was cancelled; it cannot be completed", _crm.Run("tasks", "done", id).AssertUserError(5));

        Assert.Contains("No call script 'cold_call' exists; known: loan_documents_chase, mortgage_offer_follow_up", _crm.Run("script", "cold_call").AssertUserError(3));
        var customer = Customer();
        Assert.Contains("'cold_call' is not a known call script",
            _crm.Run("interactions", "log", customer, "--channel", "phone", "--subject", "Hi", "--script", "cold_call").AssertUserError(2));
    }

    [Fact]
    public void The_banks_call_scripts_are_listed_shown_and_recorded_on_the_call()
    {
        _crm.Ok("init", "--industry", "bank");

        Assert.Contains("mortgage_offer_follow_up", _crm.Ok("scripts").Stdout);
        Assert.Equal(2, _crm.Json("script", "--list", "--json").GetArrayLength());
        var script = _crm.Ok("script", "mortgage_offer_follow_up").Stdout;
        Assert.Contains("1. ", script);
        Assert.Contains("Objection", script);
        var customer = Customer();
        _crm.Ok("interactions", "log", customer, "--channel", "phone", "--subject", "Offer call", "--script", "mortgage_offer_follow_up", "--outcome", "accepting");

        var shown = _crm.Ok("customers", "show", customer).Stdout;
        Assert.Contains("mortgage_offer_follow_up", shown);
    }
}
