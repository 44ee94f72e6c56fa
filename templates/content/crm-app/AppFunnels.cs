using Crm.Framework.Fields;
using Crm.Framework.Pipelines;

namespace CrmApp;

/// <summary>The application's own funnel, declared through <c>CrmOptions.Configure</c> like a plugin's.</summary>
public static class AppFunnels
{
    /// <summary>The key of <see cref="Enquiries"/>.</summary>
    public const string EnquiriesKey = "app_enquiries";

    /// <summary>The date until which an offer holds; needed to make one.</summary>
    public static FieldDefinition OfferValidUntil { get; } = new("app_offer_valid_until", "Offer valid until", FieldType.Date, FieldTarget.Deal);

    /// <summary>An enquiry gets an offer and is accepted or declined.</summary>
    public static FunnelDefinition Enquiries { get; } = new(EnquiriesKey, "Enquiries",
    [
        new("new", "New enquiry", 0.2m) { Next = ["offered", "declined"] },
        new("offered", "Offer made", 0.6m) { Next = ["accepted", "declined"], RequiredFields = [OfferValidUntil.Key] },
        new("accepted", "Accepted", 1m, StageKind.Won),
        new("declined", "Declined", 0m, StageKind.Lost),
    ]);
}
