using Crm.Framework.Activities;
using Crm.Framework.CallScripts;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.CallScripts;

public sealed class CallScriptTests
{
    private static CallScript FollowUp(string? funnel = null, string? stage = null) =>
        new("loan_follow_up", "Loan follow-up", "Win back a customer who stalled",
            [CallScriptStep.Say("Introduce yourself."), CallScriptStep.Ask("Did you compare offers?", "yes", "no")])
        {
            Funnel = funnel, Stage = stage,
            Objections = [new CallScriptObjection("The rate is too high", "We can review the term.")],
            Closing = "Agree on a branch visit.",
        };

    [Fact]
    public void A_declared_call_script_is_found_by_key_and_an_unknown_key_lists_the_known_ones()
    {
        var schema = new CrmSchema();
        Assert.Empty(schema.TryInclude((PluginContribution)new PluginContribution("bank").AddCallScript(FollowUp())));

        var script = schema.RequireCallScript("loan_follow_up");
        Assert.Equal(["Introduce yourself.", "Did you compare offers?"], script.Steps.Select(s => s.Text));
        Assert.Equal(["yes", "no"], script.Steps[1].Choices);
        Assert.True(script.Steps[1].IsQuestion);
        Assert.Equal("No call script 'cold_call' exists; known: loan_follow_up.", Assert.Throws<NotFoundException>(() => schema.RequireCallScript("cold_call")).Message);
    }

    [Fact]
    public void A_script_with_a_bad_key_or_no_steps_is_refused_when_declared()
    {
        Assert.Throws<ArgumentException>(() => new CallScript("Loan Follow Up", "t", "p", [CallScriptStep.Say("Hi")]));
        Assert.Contains("at least one step", Assert.Throws<ArgumentException>(() => new CallScript("loan", "t", "p", [])).Message);
    }

    [Fact]
    public void Declaration_rules_report_a_script_for_a_funnel_or_stage_nobody_declares()
    {
        var bank = new PluginContribution("bank");
        bank.AddFunnel(TestSchema.Loan).AddCallScript(FollowUp("loan", "no_such_stage"));
        bank.AddCallScript(new CallScript("cross_sell", "Cross-sell", "Offer a card", [CallScriptStep.Say("Hello")]) { Funnel = "cards" });

        Assert.Equal(
            ["call script 'loan_follow_up' is written for stage 'no_such_stage', which funnel 'loan' does not have",
             "call script 'cross_sell' is written for funnel 'cards', which is not declared"],
            DeclarationRules.Check(bank, new CrmSchema()).Where(p => p.StartsWith("call script", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_interaction_records_the_declared_script_used_and_an_unknown_script_is_refused()
    {
        await using var crm = TestCrm.Create(app => app.AddCallScript(FollowUp()));
        var ada = await crm.NewCustomer();

        var logged = await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "Follow-up", Script = "loan_follow_up", Outcome = "interested" });
        Assert.Equal("loan_follow_up", crm.Store.GetInteraction(logged.Id)!.Script);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "x", Script = "cold_call" }));
        Assert.Equal("Field 'script' value 'cold_call' is not a known call script; known call scripts: loan_follow_up.", error.Message);
    }

    [Fact]
    public async Task Completing_a_call_with_a_script_passes_it_to_the_logged_interaction()
    {
        await using var crm = TestCrm.Create(app => app.AddCallScript(FollowUp()));
        var ada = await crm.NewCustomer();
        var call = await crm.Send(new ScheduleActivity { Subject = "Follow-up call", Kind = ActivityKind.Call, CustomerId = ada.Id });

        var done = await crm.Send(new CompleteActivity { ActivityId = call.Id, Script = "loan_follow_up", Outcome = "branch visit booked" });

        var interaction = crm.Store.GetInteraction(done.InteractionId!)!;
        Assert.Equal(("loan_follow_up", "branch visit booked"), (interaction.Script, interaction.Outcome));
        await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new CompleteActivity { ActivityId = call.Id, Script = "nope" }));
    }
}
