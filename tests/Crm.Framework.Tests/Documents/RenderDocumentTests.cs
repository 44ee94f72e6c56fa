using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Testing;

namespace Crm.Framework.Tests.Documents;

public sealed class RenderDocumentTests
{
    private static CrmTestHost WithTemplate(string key, string source, bool requiresDeal = false) =>
        TestCrm.Create(app: b => b.AddTemplate(new DocumentTemplateDefinition(key, key.Replace('_', ' '), source) { RequiresDeal = requiresDeal }));

    [Fact]
    public async Task RenderDocument_fills_the_template_from_the_customer_card_and_keeps_the_document()
    {
        var rendered = new List<DocumentRendered>();
        await using var crm = TestCrm.Create(services: s => s.AddEventProbe(rendered));
        var ada = await crm.NewCustomer("Ada Lovelace", ("segment", "retail"));

        var document = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "welcome_letter" });

        Assert.Equal("Dear Ada Lovelace, welcome as a lead from the retail segment.", document.Content);
        Assert.StartsWith("DOC-", document.Id);
        Assert.Equal((ada.Id, (string?)null, "welcome_letter", "Welcome letter", "text/markdown", "tester", crm.Clock.GetUtcNow()),
            (document.CustomerId, document.DealId, document.Template, document.Title, document.MediaType, document.RenderedBy, document.RenderedAt));
        Assert.Equal(document, crm.Store.GetDocument(document.Id));
        Assert.Equal([document], crm.Store.DocumentsOf(ada.Id, 10));
        Assert.Equal(document, await crm.Send(new GetDocument(document.Id)));
        Assert.Equal(document, Assert.Single(rendered).Document);
        Assert.Equal(("RenderDocument", "document"), ((await crm.Audit(document.Id))[0].Action, (await crm.Audit(document.Id))[0].EntityKind));
    }

    [Fact]
    public async Task A_template_for_a_deal_sees_the_deal_and_its_fields_and_the_document_is_linked_to_it()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();
        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = ada.Id, Funnel = TestSchema.LoanFunnel, Title = "Car loan", Amount = Money.Of(12_500m, "EUR"),
            Fields = TestCrm.Fields(("loan_term_months", 48)),
        });

        var offer = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "loan_offer", DealId = deal.Id });

        Assert.Equal($"Offer {deal.Id} for Ada Lovelace: Car loan, 12,500.00 EUR over 48 months.", offer.Content);
        Assert.Equal(deal.Id, offer.DealId);
    }

    [Fact]
    public async Task A_template_written_for_one_funnel_is_refused_for_a_deal_of_another_and_keeps_nothing()
    {
        await using var crm = TestCrm.Create(app: b => b.AddTemplate(new DocumentTemplateDefinition("loan_contract", "Loan contract", "{{ deal.title }}")
        {
            RequiresDeal = true, Funnels = [TestSchema.LoanFunnel],
        }));
        var ada = await crm.NewCustomer();
        var card = await crm.Send(new OpenDeal { CustomerId = ada.Id, Funnel = TestSchema.CardFunnel, Title = "Gold card", Amount = Money.Of(0m, "EUR") });

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "loan_contract", DealId = card.Id }));

        Assert.Contains($"Template 'loan_contract' is written for deals in {TestSchema.LoanFunnel}, but deal '{card.Id}' is in '{TestSchema.CardFunnel}'", error.Message);
        Assert.Empty(crm.Store.DocumentsOf(ada.Id, 10));
    }

    [Fact]
    public async Task A_template_that_requires_a_deal_is_refused_without_one()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "loan_offer" }));

        Assert.Equal("Field 'deal' is required by template 'loan_offer'; pass the deal id with --deal.", error.Message);
        Assert.Empty(crm.Store.DocumentsOf(ada.Id, 10));
    }

    [Fact]
    public async Task A_deal_of_another_customer_is_refused()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada");
        var grace = await crm.NewCustomer("Grace");
        var gracesDeal = await crm.NewLoan(grace.Id);

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "loan_offer", DealId = gracesDeal.Id }));

        Assert.Contains($"belongs to customer '{grace.Id}'", error.Message);
    }

    [Fact]
    public async Task An_unknown_template_is_refused_listing_the_templates()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "invoice" }));

        Assert.Equal("Field 'template' value 'invoice' is not a known template; known templates: commercial_proposal, loan_offer, welcome_letter.", error.Message);
    }

    [Fact]
    public async Task Unknown_customers_deals_and_documents_are_not_found()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer();

        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new RenderDocument { CustomerId = "C-NONE", Template = "welcome_letter" }));
        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "loan_offer", DealId = "D-NONE" }));
        await Assert.ThrowsAsync<NotFoundException>(() => crm.Send(new GetDocument("DOC-NONE")));
    }

    [Fact]
    public async Task A_template_sees_fields_tags_deals_interactions_and_today()
    {
        await using var crm = WithTemplate("card_summary",
            "{{ customer.fields.interests | array.join '+' }} {{ customer.fields.newsletter }} {{ customer.tags | array.join ',' }} "
            + "{{ for d in deals }}[{{ d.title }} {{ d.stage }}]{{ end }} {{ interactions[0].subject }} {{ today }} {{ document.title }}");
        var ada = await crm.Send(new CreateCustomer
        {
            Name = "Ada", Tags = ["vip", "math"], Fields = TestCrm.Fields(("source", "web"), ("interests", "loans,cards"), ("newsletter", true)),
        });
        await crm.NewLoan(ada.Id);
        await crm.Send(new LogInteraction { CustomerId = ada.Id, Channel = "phone", Subject = "Hello" });

        var document = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "card_summary" });

        Assert.Equal("loans+cards true math,vip [Car loan application] Hello 2026-01-15 card summary", document.Content);
    }

    [Fact]
    public async Task A_template_sees_when_and_why_a_deal_was_lost()
    {
        await using var crm = WithTemplate("regret_letter", "{{ deal.status }} on {{ deal.closed }}: {{ deal.lost_reason }}", requiresDeal: true);
        var ada = await crm.NewCustomer();
        var loan = await crm.NewLoan(ada.Id);
        var lost = await crm.Send(new CloseDeal { DealId = loan.Id, Won = false, Reason = "Chose another bank", Stage = "withdrawn" });

        var document = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "regret_letter", DealId = lost.Id });

        Assert.Equal("lost on 2026-01-15: Chose another bank", document.Content);
    }

    [Theory]
    [InlineData("{{ customer.name = \"Mallory\" }}")]
    [InlineData("{{ customer.fields.segment = \"corporate\" }}")]
    [InlineData("{{ customer.tags[0] = \"hacked\" }}")]
    [InlineData("{{ customer = { name: \"Mallory\" } }}")]
    [InlineData("{{ deals[0].stage = \"disbursed\" }}")]
    [InlineData("{{ deal = null }}")]
    public async Task A_template_assigning_to_the_model_changes_nothing_stored_nor_what_later_renders_see(string source)
    {
        await using var crm = TestCrm.Create(app: b => b
            .AddTemplate(new DocumentTemplateDefinition("sneaky", "Sneaky", source))
            .AddTemplate(new DocumentTemplateDefinition("honest", "Honest", "{{ customer.name }} {{ customer.fields.segment }} {{ customer.tags[0] }} {{ deals[0].stage }}")));
        var ada = await crm.NewCustomer("Ada", ("segment", "retail"));
        await crm.Send(new UpdateCustomer { CustomerId = ada.Id, AddTags = ["vip"] });
        var deal = await crm.NewLoan(ada.Id);
        var storedCustomer = crm.Store.GetCustomer(ada.Id);

        try
        {
            await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "sneaky", DealId = deal.Id });
        }
        catch (TemplateException e)
        {
            Assert.Equal("sneaky", e.Template);
        }

        Assert.Equal(storedCustomer, crm.Store.GetCustomer(ada.Id));
        Assert.Equal(deal, crm.Store.GetDeal(deal.Id));
        Assert.Equal("Ada retail vip application", (await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "honest" })).Content);
    }

    [Theory]
    [InlineData("{{ customer.name = \"Mallory\" }}")]
    [InlineData("{{ customer.fields.segment = \"corporate\" }}")]
    [InlineData("{{ deal.title = \"Free money\" }}")]
    public async Task Setting_a_member_of_the_card_or_deal_fails_the_render(string source)
    {
        await using var crm = WithTemplate("sneaky", source);
        var ada = await crm.NewCustomer("Ada", ("segment", "retail"));
        var deal = await crm.NewLoan(ada.Id);

        var error = await Assert.ThrowsAsync<TemplateException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "sneaky", DealId = deal.Id }));

        Assert.Contains("readonly", error.Problem);
        Assert.Empty(crm.Store.DocumentsOf(ada.Id, 10));
    }

    [Fact]
    public async Task A_broken_template_fails_with_its_key_line_and_column_and_keeps_nothing()
    {
        await using var crm = WithTemplate("broken_letter", "Dear {{ customer.name }},\nyour offer: {{ if deal }}yes");
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<TemplateException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "broken_letter" }));

        Assert.Equal(("broken_letter", 2, "template"), (error.Template, error.Line, error.Code));
        Assert.True(error.Column > 1, $"column {error.Column}");
        Assert.StartsWith($"Template 'broken_letter' failed at line 2, column {error.Column}: ", error.Message);
        Assert.Empty(crm.Store.DocumentsOf(ada.Id, 10));
    }

    [Fact]
    public async Task A_runaway_loop_is_stopped_at_the_loop_limit()
    {
        await using var crm = WithTemplate("forever", "{{ while true }}x{{ end }}");
        var ada = await crm.NewCustomer();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TemplateException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "forever" }));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
        Assert.Contains("10000", error.Message);
        Assert.Equal((1, "forever"), (error.Line, error.Template));
        Assert.Empty(crm.Store.DocumentsOf(ada.Id, 10));
    }

    [Theory]
    [InlineData("Dear {{ custmer.name }}", "custmer")]
    [InlineData("Dear {{ customer.name | no_such_function }}", "no_such_function")]
    public async Task An_unknown_variable_or_function_fails_the_render(string source, string unknown)
    {
        await using var crm = WithTemplate("typo", source);
        var ada = await crm.NewCustomer();

        var error = await Assert.ThrowsAsync<TemplateException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "typo" }));

        Assert.Contains(unknown, error.Problem);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task A_template_renders_the_same_every_time_from_its_parsed_cache()
    {
        await using var crm = TestCrm.Create();
        var ada = await crm.NewCustomer("Ada", ("segment", "retail"));
        var grace = await crm.NewCustomer("Grace", ("segment", "sme"));

        var first = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "welcome_letter" });
        var second = await crm.Send(new RenderDocument { CustomerId = grace.Id, Template = "welcome_letter" });
        var again = await crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "welcome_letter" });

        Assert.Equal(first.Content, again.Content);
        Assert.Contains("Grace", second.Content);
        Assert.NotEqual(first.Id, again.Id);
        Assert.Equal(2, crm.Store.DocumentsOf(ada.Id, 10).Count);
    }

    [Fact]
    public async Task A_template_cannot_include_other_files()
    {
        await using var crm = WithTemplate("includer", "{{ include '/etc/passwd' }}");
        var ada = await crm.NewCustomer();

        await Assert.ThrowsAsync<TemplateException>(() => crm.Send(new RenderDocument { CustomerId = ada.Id, Template = "includer" }));
    }
}
