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
        var customers = _crm.Json("--workspace", ".crm-demo-bank", "customers", "list", "--json");
        Assert.Equal(15, customers.GetArrayLength());

        _crm.Ok("demo", "bank"); // replaces its own demo workspace
        Assert.Equal(15, _crm.Json("--workspace", ".crm-demo-bank", "customers", "list", "--json").GetArrayLength());
    }
}
