using Crm.Framework.Fields;

namespace Crm.Plugins.Automotive;

/// <summary>
/// The customer card of a car manufacturer's UK sales company and its dealers: the driver, the vehicle
/// they drive now (for service and warranty), the dealers that look after them, fleet details of a
/// business and the contact permissions. Formats are British: DVLA licence numbers, current-style
/// registration marks, Companies House numbers.
/// </summary>
public static class AutomotiveCustomerFields
{
    /// <summary>The dealer code rule shared by the selling and servicing dealer and the interaction's dealer.</summary>
    public static FieldConstraints DealerCodeRule { get; } = new()
    {
        Pattern = "[A-Z]{2}[0-9]{3}",
        PatternDescription = "a dealer code of two capital letters and three digits, e.g. LN014",
    };

    /// <summary>The registration mark rule shared by every registration field (current format, with or without the space).</summary>
    public static FieldConstraints RegistrationRule { get; } = new()
    {
        Pattern = "[A-Z]{2}[0-9]{2} ?[A-Z]{3}",
        PatternDescription = "a current-style registration mark, e.g. LK24 XPT",
    };

    /// <summary>DVLA driving licence number: sensitive (an identity number), indexed for the test-drive desk.</summary>
    public static FieldDefinition DrivingLicenceNumber { get; } = new("driving_licence_number", "Driving licence number", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Sensitive,
        Indexed = true,
        Constraints = new()
        {
            // SSSSS D MM DD Y II C CC: surname, birth decade, month (+5 for women), day, year, initials, digit, check letters.
            Pattern = "[A-Z9]{5}[0-9][0156][0-9][0-3][0-9]{2}[A-Z9]{2}[0-9][A-Z0-9]{2}",
            PatternDescription = "a 16-character DVLA licence number: 5 letters of the surname, 6 digits from the date of birth, 2 initials, a digit and 2 check characters, e.g. MORGA753116SM9IJ",
        },
        Description = "From the photocard licence, checked before every test drive and finance proposal; masked in lists and in the audit trail.",
    };

    /// <summary>The driver's date of birth (personal data).</summary>
    public static FieldDefinition DriverDateOfBirth { get; } = new("driver_date_of_birth", "Driver's date of birth", FieldType.Date, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Test drives and finance need the driver to be 18 or over; insurers ask for it.",
    };

    /// <summary>What kind of buyer the customer is; decides the sales channel and the terms.</summary>
    public static FieldDefinition BuyerType { get; } = new("vehicle_buyer_type", "Buyer type", FieldType.Choice, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Choices = ["private", "business_user", "fleet", "rental", "motability"] },
        Description = "Private (retail), business user (company car driver, user-chooser), fleet (a company buying for its drivers), rental, or Motability scheme.",
    };

    /// <summary>The dealer that sold the customer their car or handles the current enquiry.</summary>
    public static FieldDefinition SellingDealer { get; } = new("selling_dealer", "Selling dealer", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = DealerCodeRule,
    };

    /// <summary>The dealer whose workshop services the customer's car.</summary>
    public static FieldDefinition ServicingDealer { get; } = new("servicing_dealer", "Servicing dealer", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = DealerCodeRule,
    };

    /// <summary>The registration of the car the customer drives now: personal data, indexed for service reception.</summary>
    public static FieldDefinition CurrentVehicleReg { get; } = new("current_vehicle_reg", "Current vehicle registration", FieldType.Text, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Indexed = true,
        Constraints = RegistrationRule,
        Description = "Linked to a person, a registration mark is personal data.",
    };

    /// <summary>The make and model the customer drives now.</summary>
    public static FieldDefinition CurrentVehicleModel { get; } = new("current_vehicle_model", "Current vehicle", FieldType.Text, FieldTarget.Customer)
    {
        Constraints = new() { MaxLength = 100 },
        Description = "Make, model and year, e.g. 'Norvik Kestrel 1.5 SE (2022)' or a competitor's car the customer may replace.",
    };

    /// <summary>When the current car's MOT test is due.</summary>
    public static FieldDefinition MotDueDate { get; } = new("mot_due_date", "MOT due", FieldType.Date, FieldTarget.Customer)
    {
        Description = "Cars need an MOT every year from the third anniversary of first registration; the reminder goes out a month before.",
    };

    /// <summary>When the manufacturer's warranty of the current car ends.</summary>
    public static FieldDefinition WarrantyExpiry { get; } = new("vehicle_warranty_expiry", "Warranty expires", FieldType.Date, FieldTarget.Customer)
    {
        Description = "The new-vehicle warranty (3 years or 60,000 miles) or an extended warranty bought later.",
    };

    /// <summary>The prepaid or monthly service plan, if any.</summary>
    public static FieldDefinition ServicePlan { get; } = new("vehicle_service_plan", "Service plan", FieldType.Choice, FieldTarget.Customer)
    {
        Constraints = new() { Choices = ["none", "pay_monthly", "prepaid_3_year", "prepaid_5_year"] },
        Description = "A service plan fixes the price of scheduled servicing; the workshop does not charge planned work on it.",
    };

    /// <summary>Companies House number of a business or fleet customer.</summary>
    public static FieldDefinition FleetCompanyNumber { get; } = new("vehicle_fleet_company_number", "Company number", FieldType.Text, FieldTarget.Customer)
    {
        Indexed = true,
        Constraints = new() { Pattern = "([0-9]{8}|(SC|NI|OC)[0-9]{6})", PatternDescription = "a Companies House number: 8 digits, or SC, NI or OC and 6 digits" },
    };

    /// <summary>How many vehicles a fleet runs.</summary>
    public static FieldDefinition FleetSize { get; } = new("vehicle_fleet_size", "Fleet size (vehicles)", FieldType.Number, FieldTarget.Customer)
    {
        Constraints = new() { Min = 1, Max = 100_000 },
        Description = "Cars and vans on the fleet; from 25 vehicles the manufacturer's fleet team sets the discount terms.",
    };

    /// <summary>How the customer wants to be contacted (personal data).</summary>
    public static FieldDefinition ContactPreference { get; } = new("dealer_contact_preference", "Contact preference", FieldType.MultiChoice, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["email", "phone", "sms", "post", "app"] },
    };

    /// <summary>Consent to marketing from the manufacturer and its dealers (personal data).</summary>
    public static FieldDefinition MarketingConsent { get; } = new("dealer_marketing_consent", "Marketing consent", FieldType.Boolean, FieldTarget.Customer)
    {
        Sensitivity = Sensitivity.Personal,
        Description = "Agreed to news, offers and events; service and recall messages are sent without it.",
    };
}
