using Crm.Framework.Documents;

namespace Crm.Plugins.Bank;

/// <summary>The bank's letters: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class BankTemplates
{
    /// <summary>The binding offer for an approved loan or mortgage, with the instalment worked out.</summary>
    public static DocumentTemplateDefinition LoanOfferLetter { get; } = From("loan_offer_letter", "Loan offer") with
    {
        RequiresDeal = true,
        Funnels = [BankFunnels.LoanOriginationKey, BankFunnels.MortgageKey],
        Description = "The offer for an approved loan or mortgage: amount, rate, term, monthly instalment, total cost, security and conditions.",
    };

    /// <summary>The welcome letter with the new account's IBAN.</summary>
    public static DocumentTemplateDefinition AccountOpeningConfirmation { get; } = From("account_opening_confirmation", "Confirmation of account opening") with
    {
        RequiresDeal = true,
        Funnels = [BankFunnels.AccountOpening.Key],
        Description = "Confirms an opened account with its IBAN, the first steps and the deposit guarantee.",
    };

    /// <summary>The list of documents a customer must bring for onboarding or a periodic KYC review.</summary>
    public static DocumentTemplateDefinition KycDocumentRequest { get; } = From("kyc_document_request", "Request for KYC documents")
        with { Description = "Asks a person or a company for the documents customer due diligence needs, by AML risk." };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(BankTemplates).Assembly, $"{key}.scriban", key, name);
}
