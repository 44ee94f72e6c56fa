using Crm.Framework.Fields;

namespace Crm.Plugins.Hospital;

/// <summary>What a hospital records on an interaction: the unit that handled it, patient feedback and complaints.</summary>
public static class HospitalInteractionFields
{
    /// <summary>The department or clinic that handled the contact.</summary>
    public static FieldDefinition HospitalUnit { get; } = new("hospital_unit", "Department", FieldType.Choice, FieldTarget.Interaction)
    {
        Constraints = new() { Choices = HospitalDealFields.Departments },
    };

    /// <summary>The answer to the Friends and Family Test question after a visit or a stay.</summary>
    public static FieldDefinition FftResponse { get; } = new("fft_response", "Friends and Family Test", FieldType.Choice, FieldTarget.Interaction)
    {
        Sensitivity = Sensitivity.Personal,
        Constraints = new() { Choices = ["very_good", "good", "neither_good_nor_poor", "poor", "very_poor", "dont_know"] },
        Description = "'Overall, how was your experience of our service?' — reported monthly per department.",
    };

    /// <summary>The contact is a complaint and goes to the patient relations office.</summary>
    public static FieldDefinition PatientComplaint { get; } = new("patient_complaint", "Complaint", FieldType.Boolean, FieldTarget.Interaction)
    {
        Description = "Must be acknowledged within 3 working days and answered in writing within 30 days.",
    };
}
