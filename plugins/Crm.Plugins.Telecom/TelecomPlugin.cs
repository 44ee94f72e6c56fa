using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Plugins.Telecom.Automation;
using Crm.Plugins.Telecom.Demo;

namespace Crm.Plugins.Telecom;

/// <summary>
/// A mobile and fixed-line operator: the subscriber card with MSISDN, tariff, contract end, ARPU and churn risk; the
/// new connection (with number porting), broadband installation, business fleet and contract renewal funnels; the
/// contract summary, porting confirmation, welcome letter and end-of-contract notification; the store, call centre,
/// self-care app, USSD and field technician channels; the tariff price list, call scripts, the 24/7 incident and
/// enterprise service levels, teams and lead routing; and demo data for <c>crm demo telecom</c>.
/// </summary>
public sealed class TelecomPlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Subscriber card: account, number and identity.
        .AddField(TelecomCustomerFields.AccountNumber)
        .AddField(TelecomCustomerFields.Msisdn)
        .AddField(TelecomCustomerFields.IdNumber)
        .AddField(TelecomCustomerFields.DateOfBirth)
        .AddField(TelecomCustomerFields.CompanyNumber)
        // Subscriber card: segment, tariff and contract.
        .AddField(TelecomCustomerFields.Segment)
        .AddField(TelecomCustomerFields.PaymentType)
        .AddField(TelecomCustomerFields.CurrentTariffPlan)
        .AddField(TelecomCustomerFields.ContractEnd)
        .AddField(TelecomCustomerFields.ActiveLines)
        // Subscriber card: value, churn, credit and care.
        .AddField(TelecomCustomerFields.Arpu)
        .AddField(TelecomCustomerFields.ChurnRisk)
        .AddField(TelecomCustomerFields.ChurnRiskScore)
        .AddField(TelecomCustomerFields.CreditVetResult)
        .AddField(TelecomCustomerFields.MarketingChannels)
        .AddField(TelecomCustomerFields.Vulnerable)
        // Deal: tariff and contract.
        .AddField(TelecomDealFields.TariffPlan)
        .AddField(TelecomDealFields.ContractTermMonths)
        .AddField(TelecomDealFields.MonthlyRecurringCharge)
        .AddField(TelecomDealFields.ConnectionCharge)
        .AddField(TelecomDealFields.CreditVetRef)
        .AddField(TelecomDealFields.ServiceContractNumber)
        .AddField(TelecomDealFields.RetentionDiscountPct)
        // Deal: line, SIM and device financing.
        .AddField(TelecomDealFields.LineMsisdn)
        .AddField(TelecomDealFields.SimIccid)
        .AddField(TelecomDealFields.SimType)
        .AddField(TelecomDealFields.DeviceModel)
        .AddField(TelecomDealFields.DeviceImei)
        .AddField(TelecomDealFields.DeviceCashPrice)
        .AddField(TelecomDealFields.DeviceUpfront)
        .AddField(TelecomDealFields.DevicePlanMonths)
        // Deal: number portability (port-in).
        .AddField(TelecomDealFields.PortingDonorOperator)
        .AddField(TelecomDealFields.PortingMsisdn)
        .AddField(TelecomDealFields.PortingCode)
        .AddField(TelecomDealFields.PortingDate)
        // Deal: broadband installation.
        .AddField(TelecomDealFields.InstallationAddress)
        .AddField(TelecomDealFields.Uprn)
        .AddField(TelecomDealFields.BroadbandSpeedMbps)
        .AddField(TelecomDealFields.InstallationDate)
        .AddField(TelecomDealFields.CircuitId)
        // Deal: business fleet.
        .AddField(TelecomDealFields.MobileFleetLines)
        .AddField(TelecomDealFields.FleetDataPoolGb)
        // Interaction.
        .AddField(TelecomInteractionFields.RetailStoreCode)
        .AddField(TelecomInteractionFields.ContactReason)
        .AddField(TelecomInteractionFields.TroubleTicketRef)
        .AddField(TelecomInteractionFields.FirstContactResolution)
        // Funnels.
        .AddFunnel(TelecomFunnels.NewConnection)
        .AddFunnel(TelecomFunnels.BroadbandInstallation)
        .AddFunnel(TelecomFunnels.BusinessFleet)
        .AddFunnel(TelecomFunnels.ContractRenewal)
        // Channels.
        .AddChannel(TelecomChannels.RetailStore)
        .AddChannel(TelecomChannels.CallCentre)
        .AddChannel(TelecomChannels.SelfCareApp)
        .AddChannel(TelecomChannels.Ussd)
        .AddChannel(TelecomChannels.FieldTechnician)
        // Documents.
        .AddTemplate(TelecomTemplates.ServiceContract)
        .AddTemplate(TelecomTemplates.PortingConfirmation)
        .AddTemplate(TelecomTemplates.SimWelcomeLetter)
        .AddTemplate(TelecomTemplates.EndOfContractNotification)
        // Catalogue: tariffs, an add-on and a handset.
        .AddProduct(TelecomCatalogue.UnlimitedMax)
        .AddProduct(TelecomCatalogue.SimOnly50Gb)
        .AddProduct(TelecomCatalogue.RoamFurther)
        .AddProduct(TelecomCatalogue.Iphone16)
        .AddProduct(TelecomCatalogue.Fibre900)
        .AddProduct(TelecomCatalogue.BusinessUnlimited)
        .AddProduct(TelecomCatalogue.BusinessSharedData)
        // Call scripts.
        .AddCallScript(TelecomCallScripts.PacRetentionCall)
        .AddCallScript(TelecomCallScripts.FleetNeedsAnalysis)
        // Service levels: incidents first, whoever the subscriber is.
        .AddSlaPolicy(TelecomService.NetworkOutage)
        .AddSlaPolicy(TelecomService.EnterpriseCare)
        // Teams and lead routing.
        .AddTeam(TelecomTeams.ConsumerSales)
        .AddTeam(TelecomTeams.NetworkOperations)
        .AddAssignmentRule(TelecomTeams.SmallBusinessEnquiries)
        .AddAssignmentRule(TelecomTeams.OnlineEnquiries)
        // Automation.
        .OnEvent<DealStageChanged, EarlyLifeCallOnActivation>()
        .OnEvent<DealStageChanged, PacRequestedAlert>()
        // Demo data.
        .AddDemoData(TelecomDemoData.Create());
}
