using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Telecom.Demo.DemoKit;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>Consumers the retention team looks after: contracts ending, a PAC request, a win-back.</summary>
internal static class ExistingSubscribers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // Contract ends in four weeks: the end-of-contract notification is rendered. Fibre install booked next week.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Grace Thompson",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.hughes",
            Contacts = [Email("grace.thompson@gmail.com"), Mobile("+44 7700 900208"), Address("41 Lordship Lane, London SE22 8EW")],
            Fields = Values(
                ("subscriber_account_number", "1002213409"), ("msisdn", "447700900208"), ("subscriber_date_of_birth", new DateOnly(1983, 7, 4)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "unlimited"),
                ("subscriber_contract_end", new DateOnly(2026, 2, 12)), ("arpu", Gbp(31.40m)), ("active_lines", 1),
                ("credit_vet_result", "passed"), ("churn_risk", "medium"), ("churn_risk_score", 48),
                ("subscriber_marketing_channels", new[] { "email", "sms", "app_push" })),
        })
        {
            Interactions =
            [
                App("Looked at SIM-only deals on the upgrade page twice this week", 5),
                Ussd("Checked the roaming bundle balance with *100#", 40),
                Call("billing", "Asked why December's bill included roaming charges in Morocco", 21, "explained: Morocco is outside the roaming zone", resolved: true),
                CallOut("new_connection", "Booked the fibre installation for 22 January", 3, "booked"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — Unlimited ends 12 February", Gbp(528)) { ClosesInDays = 28 },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 150 — Lordship Lane", Gbp(672))
                {
                    Fields = Values(("installation_address", "41 Lordship Lane, London SE22 8EW"), ("uprn", "200003426791")),
                    Path =
                    [
                        To("order_placed", ("tariff_plan", "fibre_150"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(28)),
                            ("broadband_speed_mbps", 150), ("service_contract_number", "SC-2026-003870")),
                        To("engineer_booked", ("installation_date", new DateOnly(2026, 1, 22))),
                    ],
                    ClosesInDays = 7,
                },
            ],
            Documents = [TelecomTemplates.EndOfContractNotification.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Renewal call: Unlimited ends 12 February, offer SIM Only 50GB") { DueInDays = 1 },
            ],
            Quotes = [new DemoQuote(TelecomFunnels.ContractRenewalKey, [new DemoQuoteLine("sim_only_50gb", 24)])],
        };

        // Out of contract, unhappy with coverage at home: asked for a PAC. The fibre order was cancelled.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Mohammed Ali",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.hughes",
            Contacts = [Email("m.ali@hotmail.co.uk"), Mobile("+44 7700 900389"), Address("17 Melton Road, Leicester LE4 6PN")],
            Fields = Values(
                ("subscriber_account_number", "1001930548"), ("msisdn", "447700900389"), ("subscriber_date_of_birth", new DateOnly(1975, 1, 23)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "sim_only_50gb"),
                ("subscriber_contract_end", new DateOnly(2025, 12, 20)), ("arpu", Gbp(18.50m)), ("active_lines", 1),
                ("credit_vet_result", "passed"), ("churn_risk", "high"), ("churn_risk_score", 86)),
        })
        {
            Interactions =
            [
                Fault("TT0418832", "Calls drop indoors at home; 5G signal weak since October", 34, "mast upgrade planned for March"),
                Call("complaint", "Complained that the indoor coverage fault is still open", 10, "complaint logged; Wi-Fi Calling enabled", resolved: false),
                Call("cancellation", "Cancelled the fibre order before the installation", 8, "cancelled"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — out of contract since 20 December", Gbp(360))
                {
                    Path = [new("pac_requested") { Reason = "Texted PAC to 65075; says Three has better signal at home" }],
                    ClosesInDays = 30,
                },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 500 — Melton Road", Gbp(840))
                {
                    Fields = Values(("installation_address", "17 Melton Road, Leicester LE4 6PN"), ("uprn", "2465041823")),
                    Path =
                    [
                        To("order_placed", ("tariff_plan", "fibre_500"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(35)),
                            ("broadband_speed_mbps", 500), ("service_contract_number", "SC-2025-019910")),
                        Lost("order_cancelled", "Cancelled before the engineer visit: took an introductory offer from another provider"),
                    ],
                },
            ],
            Cases =
            [
                new DemoCase(CaseType.Complaint, CasePriority.High, "Poor indoor coverage at home; wants to leave", OpenedHoursAgo: 30)
                {
                    Channel = TelecomChannels.CallCentre.Key,
                    Response = "Coverage check at LE4 6PN shows weak indoor 4G; turned on Wi-Fi Calling and offered a signal booster",
                },
            ],
        };

        // A retention offer on the table; the broadband at her old address was not renewed when she moved.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Hannah Lewis",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.hughes",
            Contacts = [Email("hannah.lewis@gmail.com"), Mobile("+44 7700 900846"), Address("Flat 9, 2 Bute Crescent, Cardiff CF10 5AN")],
            Fields = Values(
                ("subscriber_account_number", "1001552874"), ("msisdn", "447700900846"), ("subscriber_date_of_birth", new DateOnly(1991, 10, 12)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "unlimited"),
                ("subscriber_contract_end", new DateOnly(2026, 2, 28)), ("arpu", Gbp(24.99m)), ("active_lines", 1),
                ("credit_vet_result", "passed"), ("churn_risk", "medium"), ("churn_risk_score", 57),
                ("subscriber_marketing_channels", new[] { "email" })),
        })
        {
            Interactions =
            [
                Call("cancellation", "Moving to a flat with broadband included; asked to end the home fibre", 60, "ceased at the end of the contract"),
                CallOut("upgrade", "Retention call: offered Unlimited at £18 for 24 months", 2, "thinking about it until Friday"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — Unlimited ends 28 February", Gbp(432))
                {
                    Path =
                    [
                        To("retention_offer", ("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(18)),
                            ("retention_discount_pct", 18)),
                    ],
                    ClosesInDays = 5,
                },
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — Full Fibre 150 at the old address", Gbp(672))
                {
                    Path = [Lost("not_renewed", "Moved to a rented flat with broadband included; the line at the old address was ceased")],
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Ask whether she takes the retention offer at £18 a month") { DueInDays = -1 },
            ],
        };

        // A vulnerable subscriber recontracted at a discount (the new contract summary is rendered); no fibre in his village yet.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Peter Walsh",
            Lifecycle = LifecycleStage.Customer,
            Owner = "daniel.hughes",
            Contacts = [Mobile("+44 7700 900915"), Address("Low Row Cottage, Staveley, Kendal LA8 9LR")],
            Fields = Values(
                ("subscriber_account_number", "1000418836"), ("msisdn", "447700900915"), ("subscriber_date_of_birth", new DateOnly(1948, 4, 6)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "sim_only_10gb"),
                ("subscriber_contract_end", new DateOnly(2027, 1, 10)), ("arpu", Gbp(9.20m)), ("active_lines", 1),
                ("credit_vet_result", "passed"), ("churn_risk", "low"), ("churn_risk_score", 18), ("subscriber_vulnerable", true)),
        })
        {
            Interactions =
            [
                Call("billing", "Asked for his bills in large print by post", 30, "large-print bills set up"),
                CallOut("upgrade", "Renewal call: stays on SIM Only 10GB, loyalty price agreed", 5, "recontracted for 12 months"),
                Call("new_connection", "Asked whether full fibre can reach his cottage", 5, "not yet; 4G home broadband suggested"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — SIM Only 10GB, loyalty price", Gbp(96))
                {
                    Path =
                    [
                        To("retention_offer", ("tariff_plan", "sim_only_10gb"), ("contract_term_months", 12), ("monthly_recurring_charge", Gbp(8)),
                            ("retention_discount_pct", 20), ("connection_charge", Gbp(0)), ("line_msisdn", "447700900915")),
                        To("recontracted", ("service_contract_number", "SC-2026-004105")),
                    ],
                },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 150 — Low Row Cottage", Gbp(672))
                {
                    Fields = Values(("installation_address", "Low Row Cottage, Staveley, Kendal LA8 9LR"), ("uprn", "10002487715")),
                    Path = [Lost("not_serviceable", "No full fibre at the address yet; the network's build plan shows 2027. Offered 4G home broadband")],
                },
            ],
            Documents = [TelecomTemplates.ServiceContract.Key],
        };

        // Ported out to Three in November; the win-back offer is out.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Daniel Evans",
            Lifecycle = LifecycleStage.Former,
            Owner = "daniel.hughes",
            Contacts = [Email("dan.evans@gmail.com"), Mobile("+44 7700 900497"), Address("5 Osborne Road, Newcastle upon Tyne NE2 2AH")],
            Fields = Values(
                ("subscriber_account_number", "1001204467"), ("msisdn", "447700900497"), ("subscriber_segment", "consumer"),
                ("subscriber_payment_type", "pay_monthly"), ("subscriber_contract_end", new DateOnly(2025, 11, 2)),
                ("arpu", Gbp(26.00m)), ("active_lines", 0), ("churn_risk", "high"), ("churn_risk_score", 100),
                ("subscriber_marketing_channels", new[] { "email" })),
        })
        {
            Interactions =
            [
                Call("cancellation", "Asked what his early termination charge would be", 80, "none: contract ends 2 November"),
                CallOut("upgrade", "Win-back call: Unlimited at £18 for 24 months if he comes back", 1, "sent the offer by email"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.ContractRenewalKey, "Renewal — Unlimited ended 2 November", Gbp(528))
                {
                    Path = [Lost("ported_out", "Ported out to Three on 28 November for a cheaper unlimited SIM-only plan")],
                },
                new DemoDeal(TelecomFunnels.NewConnectionKey, "Win-back — Unlimited at £18", Gbp(432))
                {
                    Fields = Values(("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(18))),
                    Path = [To("offer")],
                    ClosesInDays = 14,
                },
            ],
        };
    }
}
