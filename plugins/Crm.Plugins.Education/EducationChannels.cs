using Crm.Framework.Interactions;

namespace Crm.Plugins.Education;

/// <summary>The channels a university recruits and serves students on besides the kernel's phone, email, meeting and the rest.</summary>
public static class EducationChannels
{
    /// <summary>An open day on campus: talks, subject stands, campus and accommodation tours.</summary>
    public static ChannelDefinition OpenDay { get; } = new("open_day", "Open day") { InPerson = true };

    /// <summary>An individual campus visit or a tour with a student ambassador, outside the open days.</summary>
    public static ChannelDefinition CampusVisit { get; } = new("campus_visit", "Campus visit") { InPerson = true };

    /// <summary>A conversation at the university's stand at an education or graduate fair, in the UK or abroad.</summary>
    public static ChannelDefinition EducationFair { get; } = new("education_fair", "Education fair") { InPerson = true };

    /// <summary>A talk or a UCAS workshop a recruitment officer gives at a school or college.</summary>
    public static ChannelDefinition SchoolVisit { get; } = new("school_visit", "School visit") { InPerson = true };

    /// <summary>A message, an upload or a task done in the applicant and student portal.</summary>
    public static ChannelDefinition StudentPortal { get; } = new("student_portal", "Student portal");
}
