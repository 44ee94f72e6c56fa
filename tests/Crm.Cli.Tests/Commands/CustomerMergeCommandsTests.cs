namespace Crm.Cli.Tests.Commands;

/// <summary><c>crm customers duplicates|merge|merges</c> end to end.</summary>
public sealed class CustomerMergeCommandsTests : IDisposable
{
    private readonly CliRunner _crm = new();

    public void Dispose() => _crm.Dispose();

    private string Add(string name, params string[] extra) =>
        _crm.Json(["customers", "add", name, .. extra, "--json"]).GetProperty("id").GetString()!;

    [Fact]
    public void Duplicates_are_found_merged_after_a_dry_run_and_the_merge_can_be_shown()
    {
        _crm.Ok("init", "--industry", "bank");
        var ada = Add("Ada Lovelace", "--email", "ada@example.com", "--field", "segment=retail");
        var copy = Add("Ada King", "--email", "ADA@example.com", "--phone", "+44 20 7946 0018", "--field", "segment=sme");
        _crm.Ok("interactions", "log", copy, "--channel", "phone", "--subject", "Asked about a loan");

        var pairs = _crm.Json("customers", "duplicates", "--rule", "email", "--json");
        var pair = Assert.Single(pairs.EnumerateArray());
        Assert.Equal((ada, copy, "email"), (pair.GetProperty("first").GetProperty("id").GetString(), pair.GetProperty("second").GetProperty("id").GetString(),
            pair.GetProperty("rules")[0].GetString()));

        var dry = _crm.Ok("customers", "merge", ada, copy, "--dry-run");
        Assert.Contains($"Would merge {copy} Ada King into {ada} Ada Lovelace.", dry.Stdout);
        Assert.Contains("conflict segment: survivor retail, duplicate sme → kept survivor's", dry.Stdout);
        Assert.Single(_crm.Json("customers", "duplicates", "--json").EnumerateArray());

        var merge = _crm.Json("customers", "merge", ada, copy, "--prefer", "duplicate", "--json");
        var mergeId = merge.GetProperty("id").GetString()!;
        Assert.Single(merge.GetProperty("movedInteractions").EnumerateArray());
        Assert.Equal("sme", _crm.Json("customers", "show", ada, "--json").GetProperty("customer").GetProperty("fields").GetProperty("segment").GetString());
        Assert.Equal(ada, _crm.Json("customers", "show", copy, "--json").GetProperty("customer").GetProperty("mergedInto").GetString());
        Assert.Empty(_crm.Json("customers", "duplicates", "--json").EnumerateArray());
        Assert.Contains($"Merge {mergeId}: merged {copy} Ada King into {ada} Ada Lovelace", _crm.Ok("customers", "merges", copy).Stdout);
        Assert.Equal(mergeId, Assert.Single(_crm.Json("customers", "merges", mergeId, "--json").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void Merging_a_card_into_itself_or_again_and_an_unknown_rule_are_explained()
    {
        _crm.Ok("init", "--industry", "bank");
        var ada = Add("Ada Lovelace");
        var copy = Add("Ada Lovelace");
        _crm.Ok("customers", "merge", ada, copy);

        Assert.Contains("cannot be merged into itself", _crm.Run("customers", "merge", ada, ada).AssertUserError(5));
        Assert.Contains("was already merged into", _crm.Run("customers", "merge", ada, copy).AssertUserError(5));
        Assert.Contains("must be email, phone or name_company", _crm.Run("customers", "duplicates", "--rule", "fax").AssertUserError(2));
    }
}
