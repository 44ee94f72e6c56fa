namespace Crm.Cli.Tests.Commands;

/// <summary>Every user mistake: one sentence on stderr naming the thing, a non-zero exit code, no stack trace, nothing written.</summary>
public sealed class UserMistakeTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public UserMistakeTests() => _crm.Ok("init", "--industry", "bank");

    public void Dispose() => _crm.Dispose();

    private string Customer() =>
        _crm.Json("customers", "add", "Ada Lovelace", "--json").GetProperty("id").GetString()!;

    private int CustomerCount() => _crm.Json("customers", "list", "--json").GetArrayLength();

    [Fact]
    public void A_CRM_NOW_that_is_not_a_moment_is_explained()
    {
        _crm.Now = "next tuesday";

        var error = _crm.Run("customers", "list").AssertUserError(2);

        Assert.Contains("'CRM_NOW' value 'next tuesday'", error);
    }

    [Fact]
    public void An_unknown_field_names_the_field_and_the_known_ones_and_writes_nothing()
    {
        var error = _crm.Run("customers", "add", "Ada", "--field", "credit_scor=700").AssertUserError(2);

        Assert.Contains("'credit_scor'", error);
        Assert.Contains("credit_score", error);
        Assert.Equal(0, CustomerCount());
    }

    [Fact]
    public void A_value_breaking_a_rule_names_the_field_the_value_and_the_rule()
    {
        var error = _crm.Run("customers", "add", "Ada", "--field", "credit_score=900").AssertUserError(2);

        Assert.Contains("'credit_score' value '900' must be between 300 and 850", error);
        Assert.Equal(0, CustomerCount());
    }

    [Fact]
    public void A_field_without_an_equals_sign_is_explained()
    {
        var error = _crm.Run("customers", "add", "Ada", "--field", "credit_score").AssertUserError(2);

        Assert.Contains("key=value", error);
    }

    [Fact]
    public void An_illegal_stage_move_lists_the_allowed_stages_and_leaves_the_deal_where_it_was()
    {
        var customer = Customer();
        var deal = _crm.Json("deals", "open", customer, "--funnel", "loan_origination", "--title", "Loan", "--amount", "5000 EUR",
            "--field", "product=personal_loan", "--field", "loan_purpose=other", "--field", "term_months=24", "--json").GetProperty("id").GetString()!;

        var error = _crm.Run("deals", "move", deal, "disbursed").AssertUserError(5);

        Assert.Contains("'application'", error);
        Assert.Contains("kyc_documents", error);
        Assert.Equal("application", _crm.Json("deals", "list", "--json")[0].GetProperty("stage").GetString());
    }

    [Fact]
    public void Entering_a_stage_without_its_required_fields_names_them()
    {
        var customer = Customer();
        var error = _crm.Run("deals", "open", customer, "--funnel", "loan_origination", "--title", "Loan", "--amount", "5000 EUR").AssertUserError(2);

        Assert.Contains("product", error);
        Assert.Contains("term_months", error);
        Assert.Equal(0, _crm.Json("deals", "list", "--json").GetArrayLength());
    }

    [Fact]
    public void Closing_a_deal_as_lost_without_a_reason_is_refused()
    {
        var customer = Customer();
        var deal = _crm.Json("deals", "open", customer, "--funnel", "account_opening", "--title", "Current account", "--amount", "0 EUR",
            "--field", "product=current_account", "--json").GetProperty("id").GetString()!;

        var error = _crm.Run("deals", "close", deal, "--lost").AssertUserError(2);

        Assert.Contains("reason", error);
    }

    [Fact]
    public void Unknown_records_funnels_and_templates_are_named()
    {
        Assert.Contains("'C-NOPE'", _crm.Run("customers", "show", "C-NOPE").AssertUserError(3));
        var customer = Customer();
        Assert.Contains("'pension_plan'", _crm.Run("deals", "open", customer, "--funnel", "pension_plan", "--title", "x", "--amount", "1 EUR").AssertUserError(2));
        Assert.Contains("'invoice'", _crm.Run("docs", "render", customer, "invoice").AssertUserError(2));
        Assert.Contains("'fax'", _crm.Run("interactions", "log", customer, "--channel", "fax", "--subject", "x").AssertUserError(2));
    }

    [Fact]
    public void A_bad_amount_is_explained()
    {
        var customer = Customer();

        var error = _crm.Run("deals", "open", customer, "--funnel", "loan_origination", "--title", "x", "--amount", "lots").AssertUserError(2);

        Assert.Contains("250000 EUR", error);
    }

    [Fact]
    public void A_missing_workspace_says_how_to_create_one()
    {
        var error = _crm.Run("--workspace", "elsewhere", "customers", "list").AssertUserError(7);

        Assert.Contains("crm init", error);
    }

    [Fact]
    public void Init_twice_and_init_with_an_unknown_industry_are_explained()
    {
        Assert.Contains("already exists", _crm.Run("init", "--industry", "bank").AssertUserError(7));
        Assert.Contains("bank", _crm.Run("--workspace", "other", "init", "--industry", "space_mining").AssertUserError(2));
    }

    [Fact]
    public void The_demo_never_replaces_a_workspace_it_did_not_create()
    {
        var error = _crm.Run("--workspace", ".crm", "demo", "bank").AssertUserError(7);

        Assert.Contains("not a demo workspace", error);
        Assert.True(File.Exists(Path.Combine(_crm.Folder, ".crm", "crm.db")));
    }

    [Fact]
    public void Rendering_into_a_folder_that_does_not_exist_is_refused_before_anything_is_kept()
    {
        var customer = Customer();

        var error = _crm.Run("docs", "render", customer, "kyc_document_request", "--out", Path.Combine(_crm.Folder, "missing", "letter.md")).AssertUserError(2);

        Assert.Contains("does not exist", error);
        Assert.DoesNotContain(_crm.Json("audit", "--json").EnumerateArray(), a => a.GetProperty("action").GetString() == "RenderDocument");
    }

    [Fact]
    public void An_unreadable_date_says_how_to_write_one()
    {
        var customer = Customer();

        var result = _crm.Run("interactions", "log", customer, "--channel", "phone", "--subject", "Call", "--at", "yesterday");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("'yesterday' is not a date and time; write it like 2026-01-15T09:30", result.Stderr);
        Assert.DoesNotContain("System.", result.Stderr);
    }

    [Fact]
    public void A_command_line_syntax_error_exits_non_zero_without_a_stack_trace()
    {
        var result = _crm.Run("deals", "close");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr);
    }
}
