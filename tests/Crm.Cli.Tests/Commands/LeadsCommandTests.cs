namespace Crm.Cli.Tests.Commands;

/// <summary><c>crm leads</c> end to end: capture from several channels, a repeat, a match, the list.</summary>
public sealed class LeadsCommandTests : IDisposable
{
    private readonly CliRunner _crm = new() { Now = "2026-03-02T10:00Z" };

    public void Dispose() => _crm.Dispose();

    [Fact]
    public void A_web_form_creates_a_lead_a_repeat_is_recognised_and_a_call_from_the_same_number_is_matched()
    {
        _crm.Ok("init", "--industry", "bank");

        var created = _crm.Ok("leads", "capture", "--channel", "web_form", "--name", "Ada Lovelace", "--email", "Ada@Example.com",
            "--phone", "020 7946 0018", "--message", "Please call me about a mortgage", "--request-id", "form-1", "--source", "google_ads");
        var repeat = _crm.Json("leads", "capture", "--channel", "web_form", "--name", "Ada Lovelace", "--email", "ada@example.com", "--request-id", "form-1", "--json");
        var call = _crm.Json("leads", "capture", "--channel", "phone", "--phone", "+44 20 7946 0018", "--message", "Called back", "--json");

        // The bank shares web-form leads among its retail advisers in turn.
        Assert.Matches(@"^Created lead C-\w+ Ada Lovelace, owner kadri.rebane \(rule bank_online_applications\); logged I-\w+\.", created.Stdout);
        Assert.Equal("duplicate", repeat.GetProperty("outcome").GetString());
        Assert.Equal("matched", call.GetProperty("outcome").GetString());
        Assert.Equal(repeat.GetProperty("customerId").GetString(), call.GetProperty("customerId").GetString());

        var leads = _crm.Json("leads", "list", "--json");
        var lead = Assert.Single(leads.EnumerateArray());
        Assert.Equal(("Ada Lovelace", "kadri.rebane", "web_form", "google_ads", "+442079460018"),
            (lead.GetProperty("name").GetString(), lead.GetProperty("owner").GetString(), lead.GetProperty("channel").GetString(),
             lead.GetProperty("source").GetString(), lead.GetProperty("phone").GetString()));
        Assert.Contains("Ada Lovelace", _crm.Ok("leads", "list").Stdout);

        var next = _crm.Json("leads", "capture", "--channel", "web_form", "--name", "Grace Hopper", "--email", "grace@example.com", "--json");
        var walkIn = _crm.Json("leads", "capture", "--channel", "walk_in", "--name", "Alan Turing", "--json");
        Assert.Equal("marko.saar", next.GetProperty("owner").GetString());
        Assert.Equal("tester", walkIn.GetProperty("owner").GetString());
    }

    [Fact]
    public void A_capture_with_an_unknown_channel_and_no_contact_is_explained_and_writes_nothing()
    {
        _crm.Ok("init", "--industry", "bank");

        var error = _crm.Run("leads", "capture", "--channel", "fax", "--message", "hello").AssertUserError(2);

        Assert.Contains("channel", error);
        Assert.Contains("give a name, company, email, phone or messenger handle", error);
        Assert.Empty(_crm.Json("leads", "list", "--json").EnumerateArray());
    }
}
