using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Plugins.Bank.Automation;
using Crm.Plugins.Bank.Demo;

namespace Crm.Plugins.Bank;

/// <summary>
/// Retail and SME banking: the customer card with KYC/AML and credit profile, the loan, mortgage,
/// account opening and card funnels, the bank's letters and channels, its price list, call scripts, service levels,
/// teams and lead routing, and demo data for <c>crm demo bank</c>.
/// </summary>
public sealed class BankPlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Customer card: identity and KYC/AML.
        .AddField(BankCustomerFields.NationalId)
        .AddField(BankCustomerFields.DateOfBirth)
        .AddField(BankCustomerFields.Segment)
        .AddField(BankCustomerFields.KycStatus)
        .AddField(BankCustomerFields.KycReviewDue)
        .AddField(BankCustomerFields.AmlRiskRating)
        .AddField(BankCustomerFields.Pep)
        .AddField(BankCustomerFields.TaxResidency)
        // Customer card: credit profile, persons and organisations.
        .AddField(BankCustomerFields.CreditScore)
        .AddField(BankCustomerFields.AnnualIncome)
        .AddField(BankCustomerFields.EmploymentStatus)
        .AddField(BankCustomerFields.Employer)
        .AddField(BankCustomerFields.RegistrationNumber)
        .AddField(BankCustomerFields.AnnualTurnover)
        .AddField(BankCustomerFields.HomeBranch)
        .AddField(BankCustomerFields.MarketingConsent)
        // Deal: product and credit terms.
        .AddField(BankDealFields.Product)
        .AddField(BankDealFields.LoanPurpose)
        .AddField(BankDealFields.TermMonths)
        .AddField(BankDealFields.InterestRate)
        .AddField(BankDealFields.RateType)
        .AddField(BankDealFields.Aprc)
        .AddField(BankDealFields.ArrangementFee)
        .AddField(BankDealFields.CreditLimit)
        // Deal: security, affordability and the credit decision.
        .AddField(BankDealFields.Collateral)
        .AddField(BankDealFields.CollateralValue)
        .AddField(BankDealFields.Dsti)
        .AddField(BankDealFields.Dscr)
        .AddField(BankDealFields.CreditGrade)
        .AddField(BankDealFields.CreditDecisionRef)
        // Deal: account opening.
        .AddField(BankDealFields.Iban)
        .AddField(BankDealFields.VerificationMethod)
        // Interaction.
        .AddField(BankInteractionFields.BranchCode)
        .AddField(BankInteractionFields.Complaint)
        // Funnels.
        .AddFunnel(BankFunnels.LoanOrigination)
        .AddFunnel(BankFunnels.Mortgage)
        .AddFunnel(BankFunnels.AccountOpening)
        .AddFunnel(BankFunnels.CardIssuance)
        // Channels.
        .AddChannel(BankChannels.BranchVisit)
        .AddChannel(BankChannels.InternetBanking)
        .AddChannel(BankChannels.MobileApp)
        .AddChannel(BankChannels.RelationshipManagerCall)
        .AddChannel(BankChannels.VideoCall)
        // Letters.
        .AddTemplate(BankTemplates.LoanOfferLetter)
        .AddTemplate(BankTemplates.AccountOpeningConfirmation)
        .AddTemplate(BankTemplates.KycDocumentRequest)
        // Catalogue: account packages, card fees, arrangement fees.
        .AddProduct(BankCatalogue.EverydayBankingPackage)
        .AddProduct(BankCatalogue.PremiumBankingPackage)
        .AddProduct(BankCatalogue.BusinessAccountPackage)
        .AddProduct(BankCatalogue.ClassicCreditCard)
        .AddProduct(BankCatalogue.PlatinumCreditCard)
        .AddProduct(BankCatalogue.LoanArrangementFee)
        .AddProduct(BankCatalogue.MortgageArrangementFee)
        .AddProduct(BankCatalogue.PropertyValuation)
        // Call scripts.
        .AddCallScript(BankCallScripts.MortgageOfferFollowUp)
        .AddCallScript(BankCallScripts.LoanDocumentsChase)
        // Service levels, most specific first.
        .AddSlaPolicy(BankService.PrivateBanking)
        .AddSlaPolicy(BankService.Premium)
        .AddSlaPolicy(BankService.Complaints)
        // Teams and lead routing.
        .AddTeam(BankTeams.RetailAdvisers)
        .AddTeam(BankTeams.PremiumBanking)
        .AddAssignmentRule(BankTeams.LithuanianPhones)
        .AddAssignmentRule(BankTeams.OnlineApplications)
        // Automation.
        .OnEvent<DealStageChanged, LoanApprovedFollowUp>()
        // Demo data.
        .AddDemoData(BankDemoData.Create());
}
