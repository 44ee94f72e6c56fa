namespace Crm.Cli.Tests.Commands;

/// <summary><c>crm products</c>, <c>crm quotes</c> and <c>crm orders</c> end to end on a bank workspace.</summary>
public sealed class QuotesCommandTests : IDisposable
{
    private readonly CliRunner _crm = new() { Now = "2026-03-02T09:00Z" };

    public void Dispose() => _crm.Dispose();

    private string OpenDeal()
    {
        _crm.Ok("init", "--industry", "bank");
        var customer = _crm.Json("customers", "add", "Ada Lovelace", "--field", "segment=retail", "--json").GetProperty("id").GetString()!;
        return _crm.Json("deals", "open", customer, "--funnel", "loan_origination", "--title", "Car loan", "--amount", "18000 EUR",
            "--field", "product=car_loan", "--field", "loan_purpose=car_purchase", "--field", "term_months=60", "--json").GetProperty("id").GetString()!;
    }

    [Fact]
    public void A_quote_is_written_sent_accepted_into_an_order_printed_and_the_order_fulfilled()
    {
        var deal = OpenDeal();
        var quote = _crm.Json("quotes", "create", "--deal", deal, "--discount", "5%", "--valid-until", "2026-03-31", "--json");
        Assert.Equal("Q-2026-0001", quote.GetProperty("number").GetString());

        _crm.Ok("quotes", "add-line", "Q-2026-0001", "--text", "Arrangement fee", "--price", "250.00 EUR", "--tax", "0.2");
        var priced = _crm.Json("quotes", "add-line", "Q-2026-0001", "--text", "Valuation", "--qty", "2", "--price", "99.995 EUR", "--discount", "10%", "--json");
        Assert.Equal(2, priced.GetProperty("lines").GetArrayLength());
        Assert.Equal(429.99m, priced.GetProperty("subtotal").GetDecimal()); // 250.00 + (199.99 − 20.00)
        Assert.Equal(455.99m, priced.GetProperty("total").GetDecimal()); // − 21.50 discount + 47.50 tax (20% of 250.00 − its 12.50 share)

        var shown = _crm.Ok("quotes", "show", "Q-2026-0001");
        Assert.Contains("Valuation", shown.Stdout);
        Assert.Contains("total 455.99 EUR", shown.Stdout);
        _crm.Ok("quotes", "send", "Q-2026-0001");
        var accepted = _crm.Json("quotes", "accept", "Q-2026-0001", "--json");
        Assert.Equal("accepted", accepted.GetProperty("quote").GetProperty("status").GetString());
        Assert.Equal("O-2026-0001", accepted.GetProperty("order").GetProperty("number").GetString());

        var proposal = _crm.Ok("quotes", "render", "Q-2026-0001", "--out", "proposal.md");
        Assert.Contains("# Commercial proposal Q-2026-0001", proposal.Stdout);
        Assert.Contains("| **Total** | **455.99 EUR** |", File.ReadAllText(Path.Combine(_crm.Folder, "proposal.md")));

        _crm.Ok("orders", "advance", "O-2026-0001", "confirmed");
        _crm.Ok("orders", "advance", "O-2026-0001", "in_fulfilment");
        var done = _crm.Json("orders", "advance", "O-2026-0001", "fulfilled", "--json");
        Assert.Equal(["new", "confirmed", "in_fulfilment", "fulfilled"], done.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("to").GetString()));
        Assert.Contains("fulfilled", _crm.Ok("orders", "list").Stdout);
        Assert.Contains("Valuation", _crm.Ok("orders", "show", "O-2026-0001").Stdout);
        Assert.Equal("accepted", Assert.Single(_crm.Json("quotes", "list", "--deal", deal, "--json").EnumerateArray()).GetProperty("status").GetString());
    }

    [Fact]
    public void Sales_mistakes_get_one_clear_sentence_and_their_exit_code()
    {
        var deal = OpenDeal();
        _crm.Ok("quotes", "create", "--deal", deal, "--valid-until", "2026-03-03");

        Assert.Contains("No product 'gold_card' exists", _crm.Run("quotes", "add-line", "Q-2026-0001", "--product", "gold_card").AssertUserError(3));
        Assert.Contains("'price' value '100 dollars' must be an amount and a currency", _crm.Run("quotes", "add-line", "Q-2026-0001", "--text", "Fee", "--price", "100 dollars").AssertUserError(2));
        Assert.Contains("is in EUR, but the price 100.00 USD is in USD", _crm.Run("quotes", "add-line", "Q-2026-0001", "--text", "Fee", "--price", "100 USD").AssertUserError(5));
        Assert.Contains("has no lines", _crm.Run("quotes", "send", "Q-2026-0001").AssertUserError(5));
        _crm.Ok("quotes", "add-line", "Q-2026-0001", "--text", "Fee", "--price", "100 EUR");
        Assert.Contains("is a draft; send it", _crm.Run("quotes", "accept", "Q-2026-0001").AssertUserError(5));
        _crm.Ok("quotes", "send", "Q-2026-0001");
        Assert.Contains("only draft quotes can be edited", _crm.Run("quotes", "add-line", "Q-2026-0001", "--text", "Fee", "--price", "1 EUR").AssertUserError(5));
        Assert.Contains("No quote 'Q-2026-0099' exists", _crm.Run("quotes", "show", "Q-2026-0099").AssertUserError(3));

        _crm.Now = "2026-03-04T09:00Z";
        Assert.Contains("expired on 2026-03-03", _crm.Run("quotes", "accept", "Q-2026-0001").AssertUserError(5));
        Assert.Equal("expired", _crm.Json("quotes", "show", "Q-2026-0001", "--json").GetProperty("status").GetString());
        Assert.Empty(_crm.Json("orders", "list", "--json").EnumerateArray());
        Assert.Contains("is not an order status; use one of new, confirmed, in_fulfilment, fulfilled, cancelled", _crm.Run("orders", "list", "--status", "shipped").AssertUserError(2));
    }

    [Fact]
    public void Products_lists_the_declared_catalogue_and_refuses_an_unknown_funnel()
    {
        _crm.Ok("init", "--industry", "bank");

        Assert.Contains("product(s)", _crm.Ok("products").Stdout);
        Assert.Equal(System.Text.Json.JsonValueKind.Array, _crm.Json("products", "--funnel", "loan_origination", "--json").ValueKind);
        Assert.Contains("No funnel 'boats' exists", _crm.Run("products", "--funnel", "boats").AssertUserError(3));
    }
}
