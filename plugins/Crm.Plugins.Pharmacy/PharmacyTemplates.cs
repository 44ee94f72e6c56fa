using Crm.Framework.Documents;

namespace Crm.Plugins.Pharmacy;

/// <summary>The pharmacy's documents: Scriban sources embedded from <c>Templates/*.scriban</c>.</summary>
public static class PharmacyTemplates
{
    /// <summary>The label on the bottle, with the patient information the law asks for and the auxiliary warnings.</summary>
    public static DocumentTemplateDefinition PrescriptionLabel { get; } = From("rx_prescription_label", "Prescription label") with
    {
        RequiresDeal = true,
        Funnels = [PharmacyFunnels.FulfilmentKey, PharmacyFunnels.RefillKey],
        Description = "The prescription label for a fill or a refill: pharmacy, Rx number, patient, drug, strength, quantity, directions, prescriber, refills, discard-after date and warning stickers.",
    };

    /// <summary>The reminder that a maintenance medication is due for a refill.</summary>
    public static DocumentTemplateDefinition RefillReminder { get; } = From("rx_refill_reminder", "Refill reminder") with
    {
        RequiresDeal = true,
        Funnels = [PharmacyFunnels.RefillKey],
        Description = "Tells the patient a refill is due and how to order it; when no refills are left, that the pharmacy asks the prescriber for a new prescription.",
    };

    /// <summary>The summary a patient takes home from a medication review.</summary>
    public static DocumentTemplateDefinition MedicationReviewSummary { get; } = From("rx_medication_review_summary", "Medication review summary") with
    {
        RequiresDeal = true,
        Funnels = [PharmacyFunnels.MedicationReviewKey],
        Description = "After a medication review: the to-do list, the problems found and the patient's medication list built from the prescriptions on the card.",
    };

    private static DocumentTemplateDefinition From(string key, string name) =>
        DocumentTemplateDefinition.FromResource(typeof(PharmacyTemplates).Assembly, $"{key}.scriban", key, name);
}
