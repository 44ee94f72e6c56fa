using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Tests.Documents;

public sealed class TemplateRendererTests
{
    private static readonly Customer Ada = new() { Id = "C-1", Name = "Ada", Tags = ["vip"] };
    private static readonly Deal Loan = new() { Id = "D-1", CustomerId = "C-1", Funnel = "loan", Title = "Car loan", Stage = "application", Amount = Money.Of(5000m, "EUR") };

    private static string Render(TemplateRenderer renderer, DocumentTemplateDefinition template) =>
        renderer.Render(template, DocumentModel.Build(Ada, Loan, [Loan], [], template, new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero), "tester"));

    [Fact]
    public void Date_now_in_a_template_is_the_CRM_clock_not_the_machine_clock()
    {
        var template = new DocumentTemplateDefinition("dated", "Dated", "{{ date.now | date.to_string '%Y-%m-%d' }}");
        var model = DocumentModel.Build(Ada, null, [], [], template, new DateTimeOffset(2030, 5, 6, 9, 0, 0, TimeSpan.Zero), "tester");

        Assert.Equal("2030-05-06", new TemplateRenderer().Render(template, model, new DateTimeOffset(2030, 5, 6, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void A_template_is_parsed_once_and_the_parsed_template_reused()
    {
        var renderer = new TemplateRenderer();
        var template = new DocumentTemplateDefinition("hello", "Hello", "Hello {{ customer.name }}");

        var first = renderer.Parse(template);

        Assert.Same(first, renderer.Parse(template));
        Assert.Equal("Hello Ada", Render(renderer, template));
        Assert.Equal("Hello Ada", Render(renderer, template));
    }

    [Fact]
    public void A_parse_error_is_reported_on_every_render_not_only_the_first()
    {
        var renderer = new TemplateRenderer();
        var template = new DocumentTemplateDefinition("broken", "Broken", "line one\n{{ for x in }}");

        var first = Assert.Throws<TemplateException>(() => Render(renderer, template));
        var second = Assert.Throws<TemplateException>(() => Render(renderer, template));

        Assert.Equal((2, first.Column, first.Problem), (second.Line, second.Column, second.Problem));
    }

    [Fact]
    public void A_render_that_takes_too_long_is_stopped_with_the_limit_in_the_message()
    {
        var renderer = new TemplateRenderer { Timeout = TimeSpan.FromMilliseconds(50), LoopLimit = int.MaxValue };
        var template = new DocumentTemplateDefinition("slow", "Slow", "{{ while true }}{{ end }}");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<TemplateException>(() => Render(renderer, template));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Contains("took longer than", error.Problem);
    }

    [Fact]
    public void Deep_recursion_is_stopped_at_the_recursion_limit()
    {
        var renderer = new TemplateRenderer();
        var template = new DocumentTemplateDefinition("recursive", "Recursive", "{{ func down(n) }}{{ down(n + 1) }}{{ end }}{{ down(1) }}");

        var error = Assert.Throws<TemplateException>(() => Render(renderer, template));

        Assert.Contains("50", error.Problem);
    }

    [Fact]
    public void A_template_can_keep_its_own_variables_and_functions()
    {
        var renderer = new TemplateRenderer();
        var template = new DocumentTemplateDefinition("totals", "Totals",
            "{{ total = 0 }}{{ for d in deals }}{{ total = total + d.amount }}{{ end }}"
            + "{{ func greet(name) }}Dear {{ name }}{{ end }}{{ greet customer.name }}: {{ total }} {{ deal.currency }}");

        Assert.Equal("Dear Ada: 5000 EUR", Render(renderer, template));
    }

    [Fact]
    public void Output_beyond_the_output_limit_fails_the_render_instead_of_being_cut_off()
    {
        var renderer = new TemplateRenderer { OutputLimit = 100 };
        var template = new DocumentTemplateDefinition("chatty", "Chatty", "{{ for i in 1..1000 }}0123456789{{ end }}");

        var error = Assert.Throws<TemplateException>(() => Render(renderer, template));

        Assert.Equal("chatty", error.Template);
        Assert.Contains("100", error.Problem);
    }

    [Fact]
    public void A_string_built_beyond_the_output_limit_fails_the_render()
    {
        var renderer = new TemplateRenderer { OutputLimit = 100 };
        var template = new DocumentTemplateDefinition("builder", "Builder", "{{ x = '' }}{{ for i in 1..50 }}{{ x = x + '0123456789' }}{{ end }}{{ x | string.size }}");

        Assert.Throws<TemplateException>(() => Render(renderer, template));
    }
}
