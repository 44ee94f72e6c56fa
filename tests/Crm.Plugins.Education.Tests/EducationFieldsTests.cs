using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using static Crm.Plugins.Education.Tests.EducationScenario;

namespace Crm.Plugins.Education.Tests;

public sealed class EducationFieldsTests
{
    [Theory]
    [InlineData(-0.5)]
    [InlineData(9.5)]
    public async Task An_ielts_band_outside_0_to_9_is_refused_naming_the_field_and_the_rule(double band)
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Yuxin Chen", Fields = Values(("ielts_band", (decimal)band)) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("ielts_band", broken.Field);
        Assert.Equal("must be between 0 and 9", broken.Rule);
        Assert.Contains("'ielts_band'", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6.5)]
    [InlineData(9)]
    public async Task An_ielts_band_on_the_scale_is_kept(double band)
    {
        await using var crm = Host();

        var customer = await crm.Send(new CreateCustomer { Name = "Yuxin Chen", Fields = Values(("ielts_band", (decimal)band)) });

        Assert.Equal((decimal)band, customer.Fields.GetNumber("ielts_band"));
    }

    [Fact]
    public async Task A_passport_number_is_masked_in_the_validation_message()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Priya Sharma", Fields = Values(("student_passport_number", "z-4829175")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("student_passport_number", broken.Field);
        Assert.Equal("***", broken.Value);
        Assert.Contains("6 to 9 capital letters or digits", error.Message);
        Assert.DoesNotContain("4829175", error.Message);
    }

    [Fact]
    public async Task A_ucas_personal_id_must_be_ten_digits_written_in_three_groups()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Amelia Hughes", Fields = Values(("ucas_personal_id", "1425873390")) }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("ucas_personal_id", broken.Field);
        Assert.Equal("1425873390", broken.Value);
        Assert.Equal("must be the 10-digit UCAS Personal ID written 123-456-7890", broken.Rule);
    }

    [Fact]
    public async Task A_student_is_found_by_student_number()
    {
        await using var crm = Host();
        var oliver = await crm.Send(new CreateCustomer { Name = "Oliver Bennett", Fields = Values(("student_number", "25014387")) });
        await crm.Send(new CreateCustomer { Name = "Emily Clarke", Fields = Values(("student_number", "26000412")) });

        var found = await crm.Send(new FindCustomers { FieldKey = "student_number", FieldValue = "25014387" });

        Assert.Equal(oliver.Id, Assert.Single(found).Id);
    }

    [Fact]
    public async Task Student_status_must_be_a_stage_of_the_student_lifecycle()
    {
        await using var crm = Host();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Send(new CreateCustomer { Name = "Sophie Turner", Fields = Values(("student_status", "alumni")) }));

        Assert.Equal("must be one of: enquirer, applicant, offer_holder, enrolled, interrupted, graduated, withdrawn", Assert.Single(error.Errors).Rule);
    }

    [Theory]
    [InlineData("2026-09")]
    [InlineData("202603")]
    [InlineData("September 2026")]
    public async Task The_intake_is_a_term_code_of_a_september_january_or_may_start(string intake)
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = "student_admissions", Title = "BSc (Hons) Computer Science", Amount = Gbp(9_790),
            Fields = Values(("programme_level", "undergraduate"), ("intake_term", intake)),
        }));

        var broken = Assert.Single(error.Errors);
        Assert.Equal("intake_term", broken.Field);
        Assert.Contains("e.g. 202609 for September 2026", broken.Rule);
    }

    [Fact]
    public async Task Documents_received_accept_only_the_known_supporting_documents()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();
        var deal = await crm.ComputerScience(customer);

        var error = await Assert.ThrowsAsync<CrmValidationException>(() =>
            crm.Move(deal, "application", ("application_documents", new[] { "transcript", "school_report" })));

        Assert.Equal("application_documents", Assert.Single(error.Errors).Field);
        Assert.StartsWith("must only contain: transcript, degree_certificate", error.Errors[0].Rule);
    }

    [Fact]
    public async Task An_open_day_records_the_campus_the_event_and_up_to_six_guests()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        var visit = await crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "open_day", Subject = "Came with her parents",
            Fields = Values(("university_campus", "park_campus"), ("recruitment_event", "Autumn Undergraduate Open Day 2025"), ("open_day_guests", 2)),
        });
        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "open_day", Subject = "School group", Fields = Values(("open_day_guests", 25)),
        }));

        Assert.Equal("park_campus", visit.Fields.GetText("university_campus"));
        Assert.Equal(2, visit.Fields.GetNumber("open_day_guests"));
        Assert.Equal(("open_day_guests", "must be between 0 and 6"), (error.Errors[0].Field, error.Errors[0].Rule));
    }

    [Fact]
    public async Task A_wellbeing_concern_is_never_echoed_back()
    {
        await using var crm = Host();
        var customer = await crm.HomeApplicant();

        var error = await Assert.ThrowsAsync<CrmValidationException>(() => crm.Send(new LogInteraction
        {
            CustomerId = customer.Id, Channel = "meeting", Subject = "Personal tutor meeting", Fields = Values(("student_wellbeing_concern", "self-harm risk")),
        }));

        Assert.Equal("***", Assert.Single(error.Errors).Value);
        Assert.DoesNotContain("self-harm", error.Message);
    }
}
