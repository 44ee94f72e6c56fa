using Crm.Framework.Activities;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using static Crm.Plugins.Telecom.Demo.DemoKit;

namespace Crm.Plugins.Telecom.Demo;

/// <summary>Consumers joining the network: new lines, port-ins, a declined credit check and a lost sale.</summary>
internal static class NewSubscribers
{
    public static IEnumerable<DemoCustomer> All()
    {
        // A SIM-only contract just signed (its contract summary is rendered) and a fibre availability check.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Emma Richardson",
            Owner = "priya.shah",
            Contacts = [Email("emma.richardson@outlook.com"), Mobile("+44 7700 900142"), Address("14 Cardigan Lane, Leeds LS6 1DZ")],
            Fields = Values(
                ("subscriber_account_number", "1004827731"), ("subscriber_id_number", "PA5512873"), ("subscriber_date_of_birth", new DateOnly(1994, 5, 9)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("credit_vet_result", "passed"),
                ("churn_risk", "low"), ("churn_risk_score", 12), ("subscriber_marketing_channels", new[] { "email", "app_push" })),
        })
        {
            Interactions =
            [
                WebForm("Asked for a call back about SIM-only Unlimited on eSIM", 4),
                CallOut("new_connection", "Sales call: chose Unlimited for 24 months on eSIM, new number", 1, "contract signed by e-signature"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "SIM Only Unlimited — eSIM, new number", Gbp(528))
                {
                    Fields = Values(("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(22)),
                        ("connection_charge", Gbp(0)), ("sim_type", "esim")),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        To("contract_signed", ("credit_vet_ref", "CV26011401"), ("service_contract_number", "SC-2026-004217")),
                    ],
                    ClosesInDays = 2,
                },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 500 — Cardigan Lane", Gbp(840))
                {
                    Fields = Values(("installation_address", "14 Cardigan Lane, Leeds LS6 1DZ"), ("uprn", "72730912")),
                    ClosesInDays = 30,
                },
            ],
            Documents = [TelecomTemplates.ServiceContract.Key],
        };

        // An iPhone on a device plan, porting the number from Vodafone tomorrow: porting confirmation and contract summary.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "James Okafor",
            Owner = "priya.shah",
            Contacts = [Email("j.okafor@gmail.com"), Mobile("+44 7700 900318"), Address("27 Burton Road, Manchester M20 3ED")],
            Fields = Values(
                ("subscriber_account_number", "1004827912"), ("msisdn", "447700900318"), ("subscriber_id_number", "OKAFJ801215J99AB"),
                ("subscriber_date_of_birth", new DateOnly(1988, 12, 15)), ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"),
                ("credit_vet_result", "passed"), ("subscriber_marketing_channels", new[] { "sms", "email" })),
        })
        {
            Interactions =
            [
                Store("MAN014", "new_connection", "Compared iPhone 16 deals; wants to keep his Vodafone number", 3, "chose Unlimited Max on a device plan"),
                App("Uploaded the PAC from Vodafone in the order tracker", 1),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "iPhone 16 on Unlimited Max — port-in from Vodafone", Gbp(1_519))
                {
                    Fields = Values(("tariff_plan", "unlimited_max"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(30)),
                        ("connection_charge", Gbp(0)), ("sim_type", "physical_sim"), ("device_model", "Apple iPhone 16 128GB, black"),
                        ("device_imei", "356789104523671"), ("device_cash_price", Gbp(799)), ("device_upfront_payment", Gbp(79)), ("device_plan_months", 24)),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        To("contract_signed", ("credit_vet_ref", "CV26011203"), ("service_contract_number", "SC-2026-004198")),
                        To("port_scheduled", ("sim_iccid", "8944110068012345678"), ("line_msisdn", "447700900777"),
                            ("porting_donor_operator", "vodafone"), ("porting_msisdn", "447700900318"), ("porting_code", "VFK384920"),
                            ("porting_date", new DateOnly(2026, 1, 16))),
                    ],
                    ClosesInDays = 1,
                },
            ],
            Documents = [TelecomTemplates.PortingConfirmation.Key, TelecomTemplates.ServiceContract.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Task, "Check the port-in from Vodafone completed and the temporary number was released") { DueInDays = 1 },
            ],
        };

        // Ported her number from EE and got a Galaxy; fibre installed a month later. The welcome letter is rendered.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Aisha Khan",
            Owner = "priya.shah",
            Contacts = [Email("aisha.khan@yahoo.co.uk"), Mobile("+44 7700 900455"), Address("8 Moseley Road, Birmingham B12 9AQ")],
            Fields = Values(
                ("subscriber_account_number", "1004790055"), ("msisdn", "447700900455"), ("subscriber_id_number", "KHANA905112A99CD"),
                ("subscriber_date_of_birth", new DateOnly(1990, 11, 2)), ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"),
                ("current_tariff_plan", "unlimited"), ("subscriber_contract_end", new DateOnly(2027, 12, 4)), ("arpu", Gbp(73.40m)),
                ("active_lines", 2), ("credit_vet_result", "passed"), ("churn_risk", "low"), ("churn_risk_score", 9),
                ("subscriber_marketing_channels", new[] { "email" })),
        })
        {
            Interactions =
            [
                Store("BHM021", "porting", "Brought her PAC from EE; chose a Galaxy S25 on Unlimited", 45, "contract signed in store"),
                App("Tracked the fibre order and chose an installation slot", 40),
                Engineer("Installed the fibre ONT and the router; 932 Mbps wired at handover", 28, "installed"),
                Ussd("Checked the remaining data with *100#", 6),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "Galaxy S25 on Unlimited — port-in from EE", Gbp(1_327))
                {
                    Fields = Values(("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(22)),
                        ("connection_charge", Gbp(0)), ("sim_type", "physical_sim"), ("device_model", "Samsung Galaxy S25 256GB, icy blue"),
                        ("device_imei", "351234569876541"), ("device_cash_price", Gbp(799)), ("device_upfront_payment", Gbp(30)), ("device_plan_months", 24)),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        To("contract_signed", ("credit_vet_ref", "CV25120110"), ("service_contract_number", "SC-2025-018442")),
                        To("port_scheduled", ("sim_iccid", "8944110068012349012"), ("porting_donor_operator", "ee"),
                            ("porting_msisdn", "447700900455"), ("porting_code", "EEX552017"), ("porting_date", new DateOnly(2025, 12, 3))),
                        To("number_ported"),
                    ],
                },
                new DemoDeal(TelecomFunnels.BroadbandInstallationKey, "Full Fibre 900 — Moseley Road", Gbp(1_080))
                {
                    Fields = Values(("installation_address", "8 Moseley Road, Birmingham B12 9AQ"), ("uprn", "100070456123")),
                    Path =
                    [
                        To("order_placed", ("tariff_plan", "fibre_900"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(45)),
                            ("broadband_speed_mbps", 900), ("service_contract_number", "SC-2025-018501")),
                        To("engineer_booked", ("installation_date", new DateOnly(2025, 12, 18))),
                        To("installed", ("circuit_id", "FP000412377")),
                    ],
                },
            ],
            Documents = [TelecomTemplates.SimWelcomeLetter.Key],
            Cases =
            [
                new DemoCase(CaseType.Incident, CasePriority.Normal, "Full fibre drops every evening between 8 and 10 pm", OpenedHoursAgo: 20)
                {
                    Channel = TelecomChannels.SelfCareApp.Key,
                    Response = "Line test found a faulty optical network terminal; a replacement was sent and the line is stable since",
                    ResolvedWithCsat = 4,
                },
            ],
        };

        // A SIM-only line on a new number (the welcome letter is rendered) and a second line cancelled within 14 days.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Oliver Bennett",
            Owner = "priya.shah",
            Contacts = [Email("oliver.bennett@btinternet.com"), Mobile("+44 7700 900561"), Address("3 Gloucester Road, Bristol BS7 8AA")],
            Fields = Values(
                ("subscriber_account_number", "1004811260"), ("msisdn", "447700900561"), ("subscriber_date_of_birth", new DateOnly(1979, 2, 27)),
                ("subscriber_segment", "consumer"), ("subscriber_payment_type", "pay_monthly"), ("current_tariff_plan", "sim_only_10gb"),
                ("subscriber_contract_end", new DateOnly(2027, 1, 8)), ("active_lines", 1), ("credit_vet_result", "passed"),
                ("churn_risk", "low"), ("churn_risk_score", 21)),
        })
        {
            Interactions =
            [
                App("Ordered SIM Only 10GB for himself and a second line for his son", 12),
                Call("new_connection", "Cancelled his son's line within the cooling-off period", 4, "cancelled, SIM to be returned"),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "SIM Only 10GB — 12 months", Gbp(120))
                {
                    Fields = Values(("tariff_plan", "sim_only_10gb"), ("contract_term_months", 12), ("monthly_recurring_charge", Gbp(10)),
                        ("connection_charge", Gbp(0)), ("sim_type", "physical_sim")),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        To("contract_signed", ("credit_vet_ref", "CV26010377"), ("service_contract_number", "SC-2026-000391")),
                        To("sim_activated", ("sim_iccid", "8944110068012350036"), ("line_msisdn", "447700900561")),
                    ],
                },
                new DemoDeal(TelecomFunnels.NewConnectionKey, "SIM Only 10GB — second line for his son", Gbp(120))
                {
                    Fields = Values(("tariff_plan", "sim_only_10gb"), ("contract_term_months", 12), ("monthly_recurring_charge", Gbp(10)),
                        ("sim_type", "physical_sim")),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        To("contract_signed", ("credit_vet_ref", "CV26010378"), ("service_contract_number", "SC-2026-000392")),
                        Lost("cancelled_cooling_off", "Cancelled within 14 days: his son is keeping the phone his school provides"),
                    ],
                },
            ],
            Documents = [TelecomTemplates.SimWelcomeLetter.Key],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Early-life call: SIM working, first bill explained")
                {
                    DueInDays = -3, Done = true, Outcome = "Happy with the service; installed the self-care app",
                },
            ],
        };

        // A student declined for a handset contract, now a lead for a SIM-only plan.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Chloe Martin",
            Owner = "priya.shah",
            Contacts = [Email("chloe.martin@sheffield.ac.uk"), Mobile("+44 7700 900624"), Address("Flat 4, 61 Ecclesall Road, Sheffield S11 8HA")],
            Fields = Values(
                ("subscriber_date_of_birth", new DateOnly(2005, 8, 19)), ("subscriber_segment", "consumer"),
                ("subscriber_payment_type", "pay_as_you_go"), ("current_tariff_plan", "payg_flex"), ("credit_vet_result", "declined"),
                ("subscriber_marketing_channels", new[] { "sms", "app_push" })),
        })
        {
            Interactions =
            [
                Store("SHF003", "new_connection", "Wanted a Pixel 9 on a contract; credit check declined", 20, "advised SIM-only on 12 months"),
                Ussd("Topped up £10 and bought the Flex bundle", 9),
                WebForm("Asked to be called about SIM-only plans for students", 2),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "Google Pixel 9 on Unlimited", Gbp(1_227))
                {
                    Fields = Values(("tariff_plan", "unlimited"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(22)),
                        ("device_model", "Google Pixel 9 128GB"), ("device_cash_price", Gbp(699)), ("device_plan_months", 24)),
                    Path =
                    [
                        To("offer"),
                        To("credit_check"),
                        Lost("credit_declined", "Credit reference check declined: thin credit file. Offered SIM-only on a 12-month term instead"),
                    ],
                },
                new DemoDeal(TelecomFunnels.NewConnectionKey, "SIM Only 10GB — move from pay as you go", Gbp(120)) { ClosesInDays = 10 },
            ],
        };

        // Credit vetting in progress for a plan with roaming; an earlier quote for her partner went to Tesco Mobile.
        yield return new DemoCustomer(new CreateCustomer
        {
            Name = "Sofia Rossi",
            Owner = "priya.shah",
            Contacts = [Email("sofia.rossi@icloud.com"), Mobile("+44 7700 900733"), Address("22 Marchmont Crescent, Edinburgh EH9 1HG")],
            Fields = Values(
                ("subscriber_id_number", "YA4419276"), ("subscriber_date_of_birth", new DateOnly(1986, 3, 30)), ("subscriber_segment", "consumer"),
                ("subscriber_payment_type", "pay_monthly"), ("subscriber_marketing_channels", new[] { "email" })),
        })
        {
            Interactions =
            [
                Call("roaming", "Asked which plans include roaming in Italy and the US", 6, "quoted Unlimited Max"),
                App("Started the order for Unlimited Max and passed the identity check", 1),
            ],
            Deals =
            [
                new DemoDeal(TelecomFunnels.NewConnectionKey, "Unlimited Max — roaming for work trips", Gbp(720))
                {
                    Fields = Values(("tariff_plan", "unlimited_max"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(30)),
                        ("sim_type", "esim")),
                    Path = [To("offer"), To("credit_check")],
                    ClosesInDays = 3,
                },
                new DemoDeal(TelecomFunnels.NewConnectionKey, "SIM Only 50GB for her partner", Gbp(360))
                {
                    Fields = Values(("tariff_plan", "sim_only_50gb"), ("contract_term_months", 24), ("monthly_recurring_charge", Gbp(15))),
                    Path = [To("offer"), Lost("lost", "Chose Tesco Mobile for the Clubcard price on a 12-month SIM-only plan")],
                },
            ],
            Activities =
            [
                new DemoActivity(ActivityKind.Call, "Confirm the credit check passed and send the eSIM QR code") { DueInDays = 2 },
            ],
            // Accepted with the roaming add-on for the US trips: the order is confirmed.
            Quotes =
            [
                new DemoQuote(TelecomFunnels.NewConnectionKey, [new DemoQuoteLine("unlimited_max", 24), new DemoQuoteLine("roam_further", 24)])
                {
                    Accept = true, OrderPath = [OrderStatus.Confirmed],
                },
            ],
        };
    }
}
