using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Plugins.Airline.Automation;
using Crm.Plugins.Airline.Demo;

namespace Crm.Plugins.Airline;

/// <summary>
/// An airline's passenger and corporate sales: the frequent flyer and travel document profile, the
/// flight booking, group booking and corporate fare agreement funnels, the e-ticket receipt, group quote,
/// agreement summary and miles statement, the airport and call-centre channels, the fares and ancillaries
/// catalogue, call scripts, the reservations and customer care teams with their lead routing and disruption SLA,
/// and demo data for <c>crm demo airline</c>.
/// </summary>
public sealed class AirlinePlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Customer card: frequent flyer programme.
        .AddField(AirlineCustomerFields.FfpNumber)
        .AddField(AirlineCustomerFields.FfpTier)
        .AddField(AirlineCustomerFields.FfpAwardMiles)
        .AddField(AirlineCustomerFields.FfpTierMiles)
        .AddField(AirlineCustomerFields.FfpTierValidUntil)
        // Customer card: travel document (APIS) and special service requests.
        .AddField(AirlineCustomerFields.PassengerDateOfBirth)
        .AddField(AirlineCustomerFields.PassengerPassportNumber)
        .AddField(AirlineCustomerFields.PassengerPassportExpiry)
        .AddField(AirlineCustomerFields.PassengerPassportCountry)
        .AddField(AirlineCustomerFields.PassengerMealSsr)
        .AddField(AirlineCustomerFields.PassengerAssistanceSsr)
        // Customer card: preferences and the account.
        .AddField(AirlineCustomerFields.PassengerSeatPreference)
        .AddField(AirlineCustomerFields.PassengerContactChannel)
        .AddField(AirlineCustomerFields.PassengerMarketingConsent)
        .AddField(AirlineCustomerFields.HomeAirport)
        .AddField(AirlineCustomerFields.AirlineAccountType)
        .AddField(AirlineCustomerFields.IataAgencyNumber)
        .AddField(AirlineCustomerFields.AnnualAirSpend)
        // Deal: itinerary.
        .AddField(AirlineDealFields.OriginAirport)
        .AddField(AirlineDealFields.DestinationAirport)
        .AddField(AirlineDealFields.OutboundFlight)
        .AddField(AirlineDealFields.OutboundDate)
        .AddField(AirlineDealFields.OutboundTime)
        .AddField(AirlineDealFields.InboundFlight)
        .AddField(AirlineDealFields.InboundDate)
        .AddField(AirlineDealFields.InboundTime)
        // Deal: fare.
        .AddField(AirlineDealFields.Cabin)
        .AddField(AirlineDealFields.BookingClass)
        .AddField(AirlineDealFields.FareBasis)
        .AddField(AirlineDealFields.BaseFare)
        .AddField(AirlineDealFields.FareTaxes)
        .AddField(AirlineDealFields.BaggageAllowance)
        // Deal: booking and ticket.
        .AddField(AirlineDealFields.Pnr)
        .AddField(AirlineDealFields.TicketingTimeLimit)
        .AddField(AirlineDealFields.EticketNumber)
        // Deal: group booking.
        .AddField(AirlineDealFields.GroupBookingType)
        .AddField(AirlineDealFields.GroupPax)
        .AddField(AirlineDealFields.GroupFarePerPax)
        .AddField(AirlineDealFields.GroupFocSeats)
        .AddField(AirlineDealFields.GroupOptionDate)
        .AddField(AirlineDealFields.GroupDepositAmount)
        .AddField(AirlineDealFields.GroupNamesDeadline)
        .AddField(AirlineDealFields.GroupNamesReceived)
        // Deal: corporate fare agreement.
        .AddField(AirlineDealFields.AnnualSegments)
        .AddField(AirlineDealFields.TopCityPairs)
        .AddField(AirlineDealFields.AirlineSharePct)
        .AddField(AirlineDealFields.AirlineShareTargetPct)
        .AddField(AirlineDealFields.FareDiscountPct)
        .AddField(AirlineDealFields.DiscountedCabins)
        .AddField(AirlineDealFields.TourCode)
        .AddField(AirlineDealFields.FareAgreementStart)
        .AddField(AirlineDealFields.FareAgreementEnd)
        .AddField(AirlineDealFields.TmcName)
        .AddField(AirlineDealFields.ChangeFeeWaiver)
        // Interaction.
        .AddField(AirlineInteractionFields.AirportCode)
        .AddField(AirlineInteractionFields.FlightNumber)
        .AddField(AirlineInteractionFields.FlightDisruption)
        .AddField(AirlineInteractionFields.Eu261Compensation)
        .AddField(AirlineInteractionFields.PirReference)
        // Funnels.
        .AddFunnel(AirlineFunnels.FlightBooking)
        .AddFunnel(AirlineFunnels.GroupBooking)
        .AddFunnel(AirlineFunnels.CorporateTravelContract)
        // Channels.
        .AddChannel(AirlineChannels.CheckInDesk)
        .AddChannel(AirlineChannels.BoardingGate)
        .AddChannel(AirlineChannels.AirportLounge)
        .AddChannel(AirlineChannels.Inflight)
        .AddChannel(AirlineChannels.CallCentre)
        .AddChannel(AirlineChannels.AirlineApp)
        // Documents.
        .AddTemplate(AirlineTemplates.EticketReceipt)
        .AddTemplate(AirlineTemplates.GroupBookingQuote)
        .AddTemplate(AirlineTemplates.CorporateFareAgreement)
        .AddTemplate(AirlineTemplates.FfpStatement)
        // Catalogue, call scripts, teams, lead routing and the disruption SLA.
        .AddAirlineCatalogue()
        .AddAirlineCallScripts()
        .AddAirlineService()
        // Automation.
        .OnEvent<DealStageChanged, GroupNameListReminder>()
        .OnEvent<DealStageChanged, CorporateTourCodeLoading>()
        // Demo data.
        .AddDemoData(AirlineDemoData.Create());
}
