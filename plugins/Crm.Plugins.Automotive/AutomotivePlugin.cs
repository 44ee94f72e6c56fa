using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Plugins.Automotive.Automation;
using Crm.Plugins.Automotive.Demo;

namespace Crm.Plugins.Automotive;

/// <summary>
/// A car manufacturer's UK sales company and its dealer network: the driver's and fleet's card, the vehicle
/// sale funnel from the configurator lead to the handover, the workshop and warranty funnels, the letters
/// and channels, the vehicles and aftersales catalogue, call scripts, the retail and fleet sales teams with their
/// lead routing and fleet uptime SLA, and demo data for <c>crm demo automotive</c>.
/// </summary>
public sealed class AutomotivePlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Customer card: the driver.
        .AddField(AutomotiveCustomerFields.DrivingLicenceNumber)
        .AddField(AutomotiveCustomerFields.DriverDateOfBirth)
        .AddField(AutomotiveCustomerFields.BuyerType)
        .AddField(AutomotiveCustomerFields.ContactPreference)
        .AddField(AutomotiveCustomerFields.MarketingConsent)
        // Customer card: the car they drive now and who looks after it.
        .AddField(AutomotiveCustomerFields.CurrentVehicleReg)
        .AddField(AutomotiveCustomerFields.CurrentVehicleModel)
        .AddField(AutomotiveCustomerFields.MotDueDate)
        .AddField(AutomotiveCustomerFields.WarrantyExpiry)
        .AddField(AutomotiveCustomerFields.ServicePlan)
        .AddField(AutomotiveCustomerFields.SellingDealer)
        .AddField(AutomotiveCustomerFields.ServicingDealer)
        // Customer card: business and fleet.
        .AddField(AutomotiveCustomerFields.FleetCompanyNumber)
        .AddField(AutomotiveCustomerFields.FleetSize)
        // Deal: the lead and the configured car.
        .AddField(AutomotiveDealFields.LeadSource)
        .AddField(AutomotiveDealFields.Model)
        .AddField(AutomotiveDealFields.Trim)
        .AddField(AutomotiveDealFields.Powertrain)
        .AddField(AutomotiveDealFields.Colour)
        .AddField(AutomotiveDealFields.Options)
        .AddField(AutomotiveDealFields.Quantity)
        .AddField(AutomotiveDealFields.ConfiguratorCode)
        .AddField(AutomotiveDealFields.ListPrice)
        .AddField(AutomotiveDealFields.OptionsPrice)
        .AddField(AutomotiveDealFields.DealerDiscount)
        // Deal: test drive and part-exchange.
        .AddField(AutomotiveDealFields.TestDriveDate)
        .AddField(AutomotiveDealFields.TestDriveTime)
        .AddField(AutomotiveDealFields.TradeInReg)
        .AddField(AutomotiveDealFields.TradeInModel)
        .AddField(AutomotiveDealFields.TradeInMileage)
        .AddField(AutomotiveDealFields.TradeInValuation)
        .AddField(AutomotiveDealFields.TradeInSettlement)
        // Deal: motor finance.
        .AddField(AutomotiveDealFields.FinanceType)
        .AddField(AutomotiveDealFields.FinanceDeposit)
        .AddField(AutomotiveDealFields.DepositContribution)
        .AddField(AutomotiveDealFields.FinanceTermMonths)
        .AddField(AutomotiveDealFields.FinanceApr)
        .AddField(AutomotiveDealFields.OptionalFinalPayment)
        .AddField(AutomotiveDealFields.AnnualMileage)
        .AddField(AutomotiveDealFields.ExcessMileageCharge)
        .AddField(AutomotiveDealFields.FinanceProposalRef)
        // Deal: order and delivery.
        .AddField(AutomotiveDealFields.FactoryOrderNumber)
        .AddField(AutomotiveDealFields.ProductionSlot)
        .AddField(AutomotiveDealFields.Vin)
        .AddField(AutomotiveDealFields.DeliveryDate)
        .AddField(AutomotiveDealFields.VehicleReg)
        // Deal: workshop.
        .AddField(AutomotiveDealFields.WorkshopJobType)
        .AddField(AutomotiveDealFields.WorkshopBookingDate)
        .AddField(AutomotiveDealFields.CourtesyCar)
        .AddField(AutomotiveDealFields.JobCardNumber)
        .AddField(AutomotiveDealFields.OdometerMiles)
        .AddField(AutomotiveDealFields.WorkshopEstimate)
        .AddField(AutomotiveDealFields.WorkshopInvoiceTotal)
        // Deal: warranty claim.
        .AddField(AutomotiveDealFields.WarrantyCoverType)
        .AddField(AutomotiveDealFields.WarrantyClaimNumber)
        .AddField(AutomotiveDealFields.WarrantyFault)
        .AddField(AutomotiveDealFields.DtcCode)
        .AddField(AutomotiveDealFields.WarrantyClaimAmount)
        .AddField(AutomotiveDealFields.WarrantyAuthorisationCode)
        .AddField(AutomotiveDealFields.WarrantyDecisionNote)
        // Interaction.
        .AddField(AutomotiveInteractionFields.DealerCode)
        .AddField(AutomotiveInteractionFields.DemonstratorReg)
        .AddField(AutomotiveInteractionFields.LicenceChecked)
        .AddField(AutomotiveInteractionFields.RoadsideOutcome)
        // Funnels.
        .AddFunnel(AutomotiveFunnels.VehicleSale)
        .AddFunnel(AutomotiveFunnels.WorkshopService)
        .AddFunnel(AutomotiveFunnels.WarrantyClaim)
        // Channels.
        .AddChannel(AutomotiveChannels.DealerShowroom)
        .AddChannel(AutomotiveChannels.OnlineConfigurator)
        .AddChannel(AutomotiveChannels.TestDrive)
        .AddChannel(AutomotiveChannels.ServiceReception)
        .AddChannel(AutomotiveChannels.RoadsideAssistance)
        .AddChannel(AutomotiveChannels.ConnectedCar)
        // Letters.
        .AddTemplate(AutomotiveTemplates.ConfiguratorQuote)
        .AddTemplate(AutomotiveTemplates.TestDriveConfirmation)
        .AddTemplate(AutomotiveTemplates.FinanceQuotation)
        .AddTemplate(AutomotiveTemplates.VehicleOrderConfirmation)
        .AddTemplate(AutomotiveTemplates.ServiceBookingConfirmation)
        .AddTemplate(AutomotiveTemplates.WarrantyClaimDecision)
        // Catalogue, call scripts, teams, lead routing and the fleet SLA.
        .AddAutomotiveCatalogue()
        .AddAutomotiveCallScripts()
        .AddAutomotiveService()
        // Automation.
        .OnEvent<DealStageChanged, HandoverPreparation>()
        .OnEvent<DealStageChanged, PostServiceCall>()
        // Demo data.
        .AddDemoData(AutomotiveDemoData.Create());
}
