using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;

namespace Crm.Framework.Tests;

/// <summary>
/// The schema the kernel tests run on, declared the way an app would: a customer field of every
/// <see cref="FieldType"/>, a loan funnel with explicit transitions, required fields, one won and two
/// lost stages, a card funnel with two won stages, and a few templates.
/// </summary>
public static class TestSchema
{
    public const string LoanFunnel = "loan";
    public const string CardFunnel = "card";
    public const string BranchVisit = "branch_visit";

    /// <summary>Declares everything on <paramref name="app"/>.</summary>
    public static void Declare(ICrmPluginBuilder app)
    {
        foreach (var field in CustomerFields) app.AddField(field);
        foreach (var field in DealFields) app.AddField(field);
        foreach (var field in InteractionFields) app.AddField(field);
        app.AddFunnel(Loan).AddFunnel(Card);
        app.AddChannel(new ChannelDefinition(BranchVisit, "Branch visit") { InPerson = true });
        app.AddTemplate(new DocumentTemplateDefinition("welcome_letter", "Welcome letter",
            "Dear {{ customer.name }}, welcome as a {{ customer.lifecycle }} from the {{ customer.fields.segment }} segment."));
        app.AddTemplate(new DocumentTemplateDefinition("loan_offer", "Loan offer",
            "Offer {{ deal.id }} for {{ customer.name }}: {{ deal.title }}, {{ deal.amount_text }} over {{ deal.fields.loan_term_months }} months.")
        {
            RequiresDeal = true,
        });
    }

    public static IReadOnlyList<FieldDefinition> CustomerFields { get; } =
    [
        new("source", "Source", FieldType.Choice, FieldTarget.Customer)
        {
            Required = true,
            Constraints = new FieldConstraints { Choices = ["web", "referral", "branch"] },
        },
        new("nickname", "Nickname", FieldType.Text, FieldTarget.Customer) { Constraints = new FieldConstraints { MaxLength = 12 } },
        new("credit_score", "Credit score", FieldType.Number, FieldTarget.Customer) { Constraints = new FieldConstraints { Min = 300, Max = 850 } },
        new("monthly_income", "Monthly income", FieldType.Money, FieldTarget.Customer)
        {
            Sensitivity = Sensitivity.Personal,
            Constraints = new FieldConstraints { Min = 0, Currency = "EUR" },
        },
        new("birth_date", "Birth date", FieldType.Date, FieldTarget.Customer) { Sensitivity = Sensitivity.Personal },
        new("newsletter", "Newsletter", FieldType.Boolean, FieldTarget.Customer),
        new("segment", "Segment", FieldType.Choice, FieldTarget.Customer)
        {
            Indexed = true,
            Constraints = new FieldConstraints { Choices = ["retail", "sme", "corporate"] },
        },
        new("interests", "Interests", FieldType.MultiChoice, FieldTarget.Customer)
        {
            Constraints = new FieldConstraints { Choices = ["loans", "savings", "cards"] },
        },
        new("billing_email", "Billing email", FieldType.Email, FieldTarget.Customer),
        new("backup_phone", "Backup phone", FieldType.Phone, FieldTarget.Customer),
        new("website", "Website", FieldType.Url, FieldTarget.Customer),
        new("referred_by", "Referred by", FieldType.Reference, FieldTarget.Customer),
        new("national_id", "National id", FieldType.Text, FieldTarget.Customer)
        {
            Sensitivity = Sensitivity.Sensitive,
            Indexed = true,
            Constraints = new FieldConstraints { Pattern = @"\d{11}", PatternDescription = "11 digits" },
        },
    ];

    public static IReadOnlyList<FieldDefinition> DealFields { get; } =
    [
        new("collateral", "Collateral", FieldType.Text, FieldTarget.Deal),
        new("loan_term_months", "Loan term (months)", FieldType.Number, FieldTarget.Deal) { Constraints = new FieldConstraints { Min = 1, Max = 360 } },
        new("signed_on", "Signed on", FieldType.Date, FieldTarget.Deal),
        new("risk_note", "Risk note", FieldType.Text, FieldTarget.Deal) { Sensitivity = Sensitivity.Sensitive },
    ];

    public static IReadOnlyList<FieldDefinition> InteractionFields { get; } =
    [
        new("call_minutes", "Call minutes", FieldType.Number, FieldTarget.Interaction) { Constraints = new FieldConstraints { Min = 0 } },
    ];

    /// <summary>application → review → approval → disbursed (won), or rejected / withdrawn (lost) on the way.</summary>
    public static FunnelDefinition Loan { get; } = new(LoanFunnel, "Loan origination",
    [
        new StageDefinition("application", "Application", 0.1m) { Next = ["review", "withdrawn"] },
        new StageDefinition("review", "Review", 0.4m) { Next = ["approval", "rejected", "withdrawn"] },
        new StageDefinition("approval", "Approval", 0.75m) { Next = ["disbursed", "rejected", "withdrawn"], RequiredFields = ["collateral"] },
        new StageDefinition("disbursed", "Disbursed", 1m, StageKind.Won) { RequiredFields = ["signed_on"] },
        new StageDefinition("rejected", "Rejected", 0m, StageKind.Lost),
        new StageDefinition("withdrawn", "Withdrawn", 0m, StageKind.Lost),
    ]);

    /// <summary>Any open move allowed; two won stages and one lost.</summary>
    public static FunnelDefinition Card { get; } = new(CardFunnel, "Card sales",
    [
        new StageDefinition("applied", "Applied", 0.3m),
        new StageDefinition("activated_gold", "Activated gold", 1m, StageKind.Won),
        new StageDefinition("activated_classic", "Activated classic", 1m, StageKind.Won),
        new StageDefinition("declined", "Declined", 0m, StageKind.Lost),
    ]);
}
