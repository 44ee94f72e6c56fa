using Crm.Framework.Fields;

namespace Crm.Plugins.Education;

/// <summary>What a university records on an interaction: where it happened, the recruitment event and any welfare concern.</summary>
public static class EducationInteractionFields
{
    /// <summary>The campus an open day, visit or meeting took place at.</summary>
    public static FieldDefinition UniversityCampus { get; } = new("university_campus", "Campus", FieldType.Choice, FieldTarget.Interaction)
    {
        Constraints = new() { Choices = ["city_campus", "park_campus", "health_sciences_campus", "online"] },
    };

    /// <summary>The recruitment event: an open day, a fair, a school talk.</summary>
    public static FieldDefinition RecruitmentEvent { get; } = new("recruitment_event", "Recruitment event", FieldType.Text, FieldTarget.Interaction)
    {
        Constraints = new() { MaxLength = 200 },
        Description = "E.g. 'Autumn Undergraduate Open Day 2025' or 'QS World Grad School Tour, Mumbai'; used to measure events by applications.",
    };

    /// <summary>How many parents, guardians or friends came with the visitor.</summary>
    public static FieldDefinition OpenDayGuests { get; } = new("open_day_guests", "Guests", FieldType.Number, FieldTarget.Interaction)
    {
        Constraints = new() { Min = 0, Max = 6 },
        Description = "Booked guests besides the prospective student, for catering and campus tour numbers.",
    };

    /// <summary>The conversation raised a wellbeing or safeguarding concern (special-category data).</summary>
    public static FieldDefinition StudentWellbeingConcern { get; } = new("student_wellbeing_concern", "Wellbeing concern", FieldType.Boolean, FieldTarget.Interaction)
    {
        Sensitivity = Sensitivity.Sensitive,
        Description = "Referred to Student Wellbeing under the safeguarding policy; the details stay in the wellbeing case file, not here.",
    };
}
