namespace Crm.Cli.Tests.Commands;

/// <summary>A service case from the command line: opened, found overdue, escalated once, answered, resolved with CSAT, shown.</summary>
public sealed class CasesTests : IDisposable
{
    private readonly CliRunner _crm = new() { Now = "2026-01-15T09:00Z" };

    public CasesTests() => _crm.Ok("init", "--industry", "bank");

    public void Dispose() => _crm.Dispose();

    private string Customer() => _crm.Json("customers", "add", "Ada Lovelace", "--json").GetProperty("id").GetString()!;

    [Fact]
    public void An_urgent_case_missing_its_first_response_is_escalated_once_then_answered_resolved_and_shown()
    {
        var customer = Customer();
        var opened = _crm.Json("cases", "open", "Card blocked at ATM", "--customer", customer, "--type", "incident", "--priority", "urgent",
            "--channel", "phone", "--owner", "maria", "--json");
        var id = opened.GetProperty("id").GetString()!;
        Assert.Equal(("new", "2026-01-15T10:00:00+00:00"), (opened.GetProperty("status").GetString(), opened.GetProperty("firstResponseDue").GetString()));

        _crm.Now = "2026-01-15T10:30Z";
        var alerts = _crm.Json("cases", "escalations", "--json");
        var run = _crm.Ok("cases", "escalations", "--run").Stdout;
        var again = _crm.Json("cases", "escalations", "--run", "--json");
        var breached = _crm.Json("cases", "list", "--breached", "--json");
        _crm.Ok("cases", "respond", id, "We are on it");
        _crm.Ok("cases", "resolve", id, "--resolution", "Card reissued", "--csat", "4", "--comment", "quick");
        var show = _crm.Ok("cases", "show", id).Stdout;

        Assert.Equal(("first_response", true, -30), (alerts[0].GetProperty("target").GetString(), alerts[0].GetProperty("breached").GetBoolean(), alerts[0].GetProperty("minutesLeft").GetInt32()));
        Assert.Contains($"Escalated {id} (first response 30m late)", run);
        Assert.Equal(0, again.GetArrayLength());
        Assert.Equal(id, breached[0].GetProperty("id").GetString());
        Assert.Contains("resolved", show);
        Assert.Contains("4/5 \"quick\"", show);
        Assert.Contains("met 2026-01-15 10:30, 30m late", show);
        Assert.Contains("sla_breached", show);
        Assert.Contains("escalated", show);
        Assert.Contains("We are on it", show);
        var interactions = _crm.Json("customers", "show", customer, "--json").GetProperty("timeline");
        Assert.Contains(id, interactions.ToString());
    }

    [Fact]
    public void Case_mistakes_are_explained_and_write_nothing()
    {
        var customer = Customer();
        var id = _crm.Json("cases", "open", "Statement", "--customer", customer, "--json").GetProperty("id").GetString()!;

        var illegal = _crm.Run("cases", "close", id).AssertUserError(5);
        var csat = _crm.Run("cases", "resolve", id, "--csat", "9").AssertUserError(2);
        var missing = _crm.Run("cases", "show", "CS-NOPE").AssertUserError(3);
        var customerMissing = _crm.Run("cases", "open", "X", "--customer", "C-NOPE").AssertUserError(3);

        Assert.Contains("cannot move from new to closed; allowed: open, in_progress", illegal);
        Assert.Contains("'csat' value '9' must be between 1 and 5", csat);
        Assert.Contains("No case 'CS-NOPE'", missing);
        Assert.Contains("No customer 'C-NOPE'", customerMissing);
        Assert.Equal(1, _crm.Json("cases", "list", "--json").GetArrayLength());
        Assert.Equal("new", _crm.Json("cases", "show", id, "--json").GetProperty("status").GetString());
    }
}
