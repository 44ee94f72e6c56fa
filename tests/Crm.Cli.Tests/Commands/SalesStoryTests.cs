using System.Text.Json;

namespace Crm.Cli.Tests.Commands;

/// <summary>The crm command end to end: a bank workspace, a customer, a deal through the loan funnel, a document, the report.</summary>
public sealed class SalesStoryTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public void Dispose() => _crm.Dispose();

    private string AddCustomer(string name = "Ada Lovelace", params string[] extra)
    {
        var json = _crm.Json(["customers", "add", name, "--email", "Ada@Example.com", "--phone", "+372 5123 4567",
            "--field", "segment=retail", "--field", "credit_score=742", "--field", "national_id=48501120215", .. extra, "--json"]);
        return json.GetProperty("id").GetString()!;
    }

    [Fact]
    public void Plugins_list_shows_the_bank_plugin_with_version_and_industry_before_any_workspace_exists()
    {
        var plugins = _crm.Json("plugins", "list", "--json");

        var bank = plugins.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "Crm.Plugins.Bank");
        Assert.Equal("bank", bank.GetProperty("industry").GetString());
        Assert.Equal("1.1.0", bank.GetProperty("version").GetString());
        Assert.Equal("loaded", bank.GetProperty("status").GetString());
    }

    [Fact]
    public void Init_creates_a_workspace_whose_customers_can_be_added_found_and_shown_with_sensitive_fields_masked()
    {
        var init = _crm.Ok("init", "--industry", "bank");
        Assert.Contains("Banking", init.Stdout);
        Assert.True(File.Exists(Path.Combine(_crm.Folder, ".crm", "crm.db")));

        var id = AddCustomer();

        var byEmail = _crm.Json("customers", "list", "--email", "ADA@example.com", "--json");
        Assert.Equal(id, Assert.Single(byEmail.EnumerateArray()).GetProperty("id").GetString());
        var byField = _crm.Json("customers", "list", "--field", "national_id=48501120215", "--json");
        Assert.Equal(id, Assert.Single(byField.EnumerateArray()).GetProperty("id").GetString());
        var byPhone = _crm.Json("customers", "list", "--phone", "+3725123 4567", "--json");
        Assert.Single(byPhone.EnumerateArray());

        var card = _crm.Json("customers", "show", id, "--json").GetProperty("customer");
        Assert.Equal("Ada Lovelace", card.GetProperty("name").GetString());
        Assert.Equal(742, card.GetProperty("fields").GetProperty("credit_score").GetDecimal());
        Assert.Equal("*******0215", card.GetProperty("fields").GetProperty("national_id").GetString());
        var revealed = _crm.Json("customers", "show", id, "--reveal", "--json").GetProperty("customer");
        Assert.Equal("48501120215", revealed.GetProperty("fields").GetProperty("national_id").GetString());
    }

    [Fact]
    public void A_loan_moves_through_the_funnel_is_closed_and_shows_in_the_report_the_timeline_and_the_audit()
    {
        _crm.Ok("init", "--industry", "bank");
        var customer = AddCustomer();
        _crm.Ok("interactions", "log", customer, "--channel", "branch_visit", "--subject", "Asked about a car loan", "--outcome", "application started");

        var deal = _crm.Json("deals", "open", customer, "--funnel", "loan_origination", "--title", "Car loan", "--amount", "18000 EUR",
            "--field", "product=car_loan", "--field", "loan_purpose=car_purchase", "--field", "term_months=60", "--json");
        var dealId = deal.GetProperty("id").GetString()!;
        Assert.Equal("application", deal.GetProperty("stage").GetString());

        _crm.Ok("deals", "move", dealId, "kyc_documents");
        _crm.Ok("deals", "move", dealId, "scoring");
        _crm.Ok("deals", "move", dealId, "underwriting", "--field", "credit_grade=B");
        var approved = _crm.Json("deals", "move", dealId, "approved", "--field", "interest_rate=7.9", "--field", "credit_decision_ref=CD-2026-00099", "--json");
        Assert.Equal("approved", approved.GetProperty("stage").GetString());

        var letter = _crm.Ok("docs", "render", customer, "loan_offer_letter", "--deal", dealId);
        Assert.Contains("Ada Lovelace", letter.Stdout);
        Assert.Contains("18,000.00 EUR", letter.Stdout);

        var won = _crm.Json("deals", "close", dealId, "--won", "--json");
        Assert.Equal("won", won.GetProperty("status").GetString());
        Assert.Equal("disbursed", won.GetProperty("stage").GetString());

        var report = _crm.Json("report", "funnel", "loan_origination", "--json")[0];
        Assert.Equal(18000m, report.GetProperty("wonAmount").GetDecimal());
        Assert.Equal(1m, report.GetProperty("winRate").GetDecimal());

        var show = _crm.Json("customers", "show", customer, "--json");
        Assert.Equal("customer", show.GetProperty("customer").GetProperty("lifecycle").GetString());
        var timeline = show.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("summary").GetString()!).ToList();
        Assert.Contains(timeline, s => s.Contains("Asked about a car loan"));
        Assert.Contains(timeline, s => s.Contains("approved → disbursed"));
        Assert.Contains(timeline, s => s.Contains("Loan offer"));
        Assert.Contains(timeline, s => s.Contains("Approved — call the customer")); // the bank's automation

        var audit = _crm.Json("audit", dealId, "--json").EnumerateArray().ToList();
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "CloseDeal" && a.GetProperty("actor").GetString() == "tester");
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "OpenDeal");
    }

    [Fact]
    public void Json_lists_are_valid_json_arrays_for_scripting()
    {
        _crm.Ok("init", "--industry", "bank");
        AddCustomer("Grace Hopper");

        Assert.Equal(JsonValueKind.Array, _crm.Json("customers", "list", "--json").ValueKind);
        Assert.Equal(JsonValueKind.Array, _crm.Json("deals", "list", "--json").ValueKind);
        Assert.Equal(JsonValueKind.Array, _crm.Json("report", "funnel", "--json").ValueKind);
    }
}
