namespace Crm.Cli.Tests.Commands;

public sealed class DemoTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public void Dispose() => _crm.Dispose();

    [Fact]
    public void Demo_bank_seeds_a_fresh_workspace_renders_a_document_shows_the_funnels_and_can_run_again()
    {
        var first = _crm.Ok("demo", "bank");

        Assert.Contains("Seeded 15 customers", first.Stdout);
        Assert.Contains("Loan origination", first.Stdout);
        Assert.Contains("weighted forecast", first.Stdout);
        Assert.Contains("Loan offer", first.Stdout);
        Assert.Contains("Also seeded 9 activities, 4 cases, 5 lead requests, 1 orders, 3 quotes.", first.Stdout);
        // The 15 demo customers and the 2 new leads captured from the demo's inbound requests.
        var customers = _crm.Json("--workspace", ".crm-demo-bank", "customers", "list", "--json");
        Assert.Equal(17, customers.GetArrayLength());

        _crm.Ok("demo", "bank"); // replaces its own demo workspace
        Assert.Equal(17, _crm.Json("--workspace", ".crm-demo-bank", "customers", "list", "--json").GetArrayLength());
    }
}
