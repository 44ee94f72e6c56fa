using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Telecom.Demo.DemoKit;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>Business accounts of the B2B team: a small business, an enterprise fleet, a care-home group and an academy trust.</summary>
internal static class BusinessAccounts
{
    public static IEnumerable<DemoCustomer> All()
    {
        // Six lines live; fibre for the shop ordered.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Harbour Street Bakery Ltd",
            Kind = CustomerKind.Organization,
            Owner = "rachel.adeyemi",
            Contacts = [Email("orders@harbourstreetbakery.co.uk"), Office("+44 113 496 0321"), Registered("9 Harbour Street, Leeds LS10 1PZ")],
            Fields = Values(
                ("subscriber_account_number", "2000310457"), ("subscriber_company_number", "11843207"), ("subscriber_segment", "small_business"),
                ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "business_unlimited"), ("subscriber_contract_end", new DateOnly(2027, 12, 1)),
                ("arpu", Gbp(108.00m)), ("active_lines", 6), ("credit_vet_result", "passed"), ("churn_risk", "low"), ("churn_risk_score", 15)),
        })
        {
            Interactions =
            [
                Meeting("Met the owner at the bakery: six staff phones, card machine needs 4G backup", 70, "proposal to follow"),
                CallOut("new_connection", "Agreed the fleet at £18 a line; contract signed by e-signature", 50, "signed"),
                Call("new_connection", "Ordered full fibre for the shop and the card machines", 6, "order placed"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Staff phones — 6 lines, Business Unlimited", Gbp(2_592))
                {
                    Path =
                    [
                        To("needs_analysis", ("mobile_fleet_lines", 6)),
                        To("proposal", ("tariff_plan", "business_unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(18))),
                        To("negotiation"),
                        To("contract_signed", ("credit_vet_ref", "CV25112507"), ("service_contract_number", "SC-2025-017733")),
                        To("fleet_live"),
                    ],
                },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 500 — the shop", Gbp(768))
                {
                    Fields = Values(("installation_address", "9 Harbour Street, Leeds LS10 1PZ"), ("uprn", "72741183")),
                    Path =
                    [
                        To("order_placed", ("tariff_plan", "fibre_500"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(32)),
                            ("broadband_speed_mbps", 500), ("service_contract_number", "SC-2026-004160")),
                    ],
                    ClosesInDays = 21,
                },
            ],
            // The card machines' backup SIMs are on a mast that is still down: past the 4-hour fix target.
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.Urgent, "Card machines offline: no 4G signal on the backup SIMs", OpenedHoursAgo: 6)
                {
                    Channel = TelecomChannels.CallCentre.Key,
                    Response = "Mast LS10-0412 is down after a power cut; engineers are on the way",
                },
            ],
        };

        // 180 driver lines signed on a shared data pool (the contract summary is rendered); scanners in negotiation.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Northgate Logistics Ltd",
            Kind = CustomerKind.Organization,
            Owner = "rachel.adeyemi",
            Contacts = [Email("it.procurement@northgatelogistics.co.uk"), Office("+44 113 496 0874"), Registered("Unit 4, Calder Park, Wakefield WF2 7UA")],
            Fields = Values(
                ("subscriber_account_number", "2000288190"), ("subscriber_company_number", "08912345"), ("subscriber_segment", "enterprise"),
                ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "business_shared_data"), ("subscriber_contract_end", new DateOnly(2026, 3, 31)),
                ("arpu", Gbp(1_420.00m)), ("active_lines", 165), ("credit_vet_result", "passed"), ("churn_risk", "medium"), ("churn_risk_score", 41)),
        })
        {
            Interactions =
            [
                Meeting("Quarterly review with the IT manager: drivers run out of data on long routes", 90, "needs a shared pool"),
                Meeting("Presented the 180-line shared-data proposal to the procurement board", 30, "board approved"),
                CallOut("new_connection", "Handheld scanners in the warehouse: quoted 60 data SIMs", 7, "asked for a lower price"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Driver fleet — 180 lines, 2 TB shared pool", Gbp(51_840))
                {
                    Fields = Values(("fleet_data_pool_gb", 2_000), ("connection_charge", Gbp(0))),
                    Path =
                    [
                        To("needs_analysis", ("mobile_fleet_lines", 180)),
                        To("proposal", ("tariff_plan", "business_shared_data"), ("contract_term_months", 36), ("monthly_recurring_charge", Gbp(8))),
                        To("negotiation"),
                        To("contract_signed", ("credit_vet_ref", "CV26010922"), ("service_contract_number", "SC-2026-004230")),
                    ],
                    ClosesInDays = 45,
                },
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Warehouse scanners — 60 data SIMs", Gbp(10_800))
                {
                    Path =
                    [
                        To("needs_analysis", ("mobile_fleet_lines", 60)),
                        To("proposal", ("tariff_plan", "business_shared_data"), ("contract_term_months", 36), ("monthly_recurring_charge", Gbp(5))),
                        To("negotiation"),
                    ],
                    ClosesInDays = 30,
                },
            ],
            Documents = [TelecomTemplates.ServiceContract.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Meeting, "Monthly service review with the IT manager")
                {
                    DueInDays = 10, Duration = TimeSpan.FromHours(1), Repeat = new Recurrence(RepeatFrequency.Monthly) { Count = 12 },
                },
            ],
            Cases =
            [
                new DemoCase(CaseType.Request, CasePriority.Normal, "Add five driver lines to the shared data pool", OpenedHoursAgo: 2)
                {
                    Channel = "email", Response = "Lines ordered on the pool; the SIMs arrive at the depot tomorrow",
                },
            ],
        };

        // A proposal out for the care staff; lost the last tender on price.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Pennine Care Homes Ltd",
            Kind = CustomerKind.Organization,
            Owner = "rachel.adeyemi",
            Contacts = [Email("office@penninecare.co.uk"), Office("+44 161 496 0552"), Registered("Moorside House, 12 Trinity Street, Huddersfield HD1 4DN")],
            Fields = Values(
                ("subscriber_company_number", "06655012"), ("subscriber_segment", "small_business"), ("subscriber_payment_type", "pay_monthly")),
        })
        {
            Interactions =
            [
                Meeting("Needs analysis at the head office: carers need phones for the care-planning app", 25),
                CallOut("new_connection", "Sent the proposal for 40 Business Unlimited lines", 4, "decision at the February board"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Care staff phones — 40 lines", Gbp(15_360))
                {
                    Path =
                    [
                        To("needs_analysis", ("mobile_fleet_lines", 40)),
                        To("proposal", ("tariff_plan", "business_unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(16))),
                    ],
                    ClosesInDays = 40,
                },
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "2023 tender — 35 lines", Gbp(15_120))
                {
                    Path =
                    [
                        To("needs_analysis", ("mobile_fleet_lines", 35)),
                        To("proposal", ("tariff_plan", "business_unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(18))),
                        Lost("lost_to_competitor", "Vodafone Business won the tender at £12 a line"),
                    ],
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.FollowUp, "Board decision on the 40-line proposal") { DueInDays = 14 },
            ],
            Quotes =
            [
                // £2 off every line-month: £16 a line, as proposed.
                new DemoQuote(TelecomFunnels.BusinessFleetKey, [new DemoQuoteLine("business_unlimited", 40 * 24) { Discount = Discount.Amount(40 * 24 * 2) }]) { Send = true },
            ],
        };

        // A public-sector trust: a new school joining, staff phones being scoped, pupil tablets shelved.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Westfield Academy Trust",
            Kind = CustomerKind.Organization,
            Owner = "rachel.adeyemi",
            Contacts = [Email("bursar@westfieldacademies.org.uk"), Office("+44 121 496 0718"), Registered("Westfield Academy, Park Lane, Birmingham B21 8LE")],
            Fields = Values(
                ("subscriber_company_number", "07654321"), ("subscriber_segment", "public_sector"), ("subscriber_payment_type", "pay_monthly")),
        })
        {
            Interactions =
            [
                Meeting("Met the trust's bursar and IT lead: staff phones for three schools", 15, "needs analysis started"),
                CallOut("new_connection", "The trust's funding bid for pupil tablets was refused", 60, "project shelved"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Fourth school joining the trust — phones", Gbp(5_184)) { ClosesInDays = 120 },
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Staff and site-team phones — 85 lines", Gbp(27_540))
                {
                    Path = [To("needs_analysis", ("mobile_fleet_lines", 85))],
                    ClosesInDays = 75,
                },
                new DemoDeal(TelecomFunnels.BusinessFleetKey, "Data SIMs for pupil tablets — 300", Gbp(54_000))
                {
                    Path = [To("needs_analysis", ("mobile_fleet_lines", 300)), Lost("no_decision", "Project shelved: the trust's funding bid was not approved")],
                },
            ],
        };
    }
}
