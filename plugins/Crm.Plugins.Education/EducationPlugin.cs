using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Plugins.Education.Automation;
using Crm.Plugins.Education.Demo;

namespace Crm.Plugins.Education;

/// <summary>
/// Universities and colleges: the applicant and student record, the student admissions, scholarship and
/// corporate training funnels, the offer, enrolment, missing-documents and scholarship letters, the
/// recruitment channels, the tuition and training catalogue, call scripts, the Student Hub SLA, teams and
/// lead routing, and demo data for <c>crm demo education</c>.
/// </summary>
public sealed class EducationPlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Customer: identity and the student lifecycle.
        .AddField(EducationCustomerFields.StudentNumber)
        .AddField(EducationCustomerFields.UcasPersonalId)
        .AddField(EducationCustomerFields.StudentDateOfBirth)
        .AddField(EducationCustomerFields.StudentPassportNumber)
        .AddField(EducationCustomerFields.StudentNationality)
        .AddField(EducationCustomerFields.StudentStatus)
        // Customer: qualifications and language.
        .AddField(EducationCustomerFields.EntryQualification)
        .AddField(EducationCustomerFields.EntryGrades)
        .AddField(EducationCustomerFields.EnglishTest)
        .AddField(EducationCustomerFields.IeltsBand)
        // Customer: support, contact and recruitment.
        .AddField(EducationCustomerFields.StudentSupportNeeds)
        .AddField(EducationCustomerFields.StudentContactPreference)
        .AddField(EducationCustomerFields.StudentMarketingConsent)
        .AddField(EducationCustomerFields.StudentRecruitmentSource)
        .AddField(EducationCustomerFields.EducationAgent)
        .AddField(EducationCustomerFields.ApplicantSchool)
        // Customer: organisations.
        .AddField(EducationCustomerFields.EducationPartnerType)
        .AddField(EducationCustomerFields.ApprenticeshipLevyPayer)
        // Deal: the programme and intake.
        .AddField(EducationDealFields.ProgrammeCode)
        .AddField(EducationDealFields.ProgrammeName)
        .AddField(EducationDealFields.ProgrammeLevel)
        .AddField(EducationDealFields.StudyMode)
        .AddField(EducationDealFields.IntakeTerm)
        .AddField(EducationDealFields.ProgrammeLengthYears)
        // Deal: the application, the decision and the fees.
        .AddField(EducationDealFields.ApplicationDocuments)
        .AddField(EducationDealFields.ApplicationFee)
        .AddField(EducationDealFields.AdmissionOfferType)
        .AddField(EducationDealFields.AdmissionOfferConditions)
        .AddField(EducationDealFields.TuitionFee)
        .AddField(EducationDealFields.TuitionFeeStatus)
        .AddField(EducationDealFields.TuitionDeposit)
        .AddField(EducationDealFields.VisaCasNumber)
        .AddField(EducationDealFields.StudentEnrolmentDate)
        // Deal: scholarships.
        .AddField(EducationDealFields.ScholarshipName)
        .AddField(EducationDealFields.ScholarshipBasis)
        .AddField(EducationDealFields.ScholarshipPanelScore)
        .AddField(EducationDealFields.ScholarshipAward)
        .AddField(EducationDealFields.ScholarshipYears)
        // Deal: corporate training.
        .AddField(EducationDealFields.TrainingDelegates)
        .AddField(EducationDealFields.TrainingDays)
        .AddField(EducationDealFields.TrainingDelivery)
        .AddField(EducationDealFields.TrainingContractRef)
        // Interaction.
        .AddField(EducationInteractionFields.UniversityCampus)
        .AddField(EducationInteractionFields.RecruitmentEvent)
        .AddField(EducationInteractionFields.OpenDayGuests)
        .AddField(EducationInteractionFields.StudentWellbeingConcern)
        // Funnels.
        .AddFunnel(EducationFunnels.StudentAdmissions)
        .AddFunnel(EducationFunnels.Scholarships)
        .AddFunnel(EducationFunnels.CorporateTraining)
        // Channels.
        .AddChannel(EducationChannels.OpenDay)
        .AddChannel(EducationChannels.CampusVisit)
        .AddChannel(EducationChannels.EducationFair)
        .AddChannel(EducationChannels.SchoolVisit)
        .AddChannel(EducationChannels.StudentPortal)
        // Letters.
        .AddTemplate(EducationTemplates.AdmissionOfferLetter)
        .AddTemplate(EducationTemplates.EnrolmentConfirmation)
        .AddTemplate(EducationTemplates.MissingDocumentsRequest)
        .AddTemplate(EducationTemplates.ScholarshipAwardLetter)
        // Automation.
        .OnEvent<DealStageChanged, AdmissionsFollowUp>()
        // Catalogue: tuition, employer programmes, exam fees and campus catering.
        .AddProduct(EducationCatalogue.UndergraduateTuitionHome)
        .AddProduct(EducationCatalogue.PostgraduateTuitionInternational)
        .AddProduct(EducationCatalogue.OperationsManagerApprenticeship)
        .AddProduct(EducationCatalogue.LeanSixSigmaGreenBelt)
        .AddProduct(EducationCatalogue.LeanSixSigmaExam)
        .AddProduct(EducationCatalogue.DigitalLeadership)
        .AddProduct(EducationCatalogue.DayDelegateRate)
        // Call scripts.
        .AddCallScript(EducationCallScripts.OfferHolderCall)
        .AddCallScript(EducationCallScripts.TrainingProposalFollowUp)
        // Service: teams, the Student Hub SLA and lead routing.
        .AddTeam(EducationService.UkRecruitment)
        .AddTeam(EducationService.InternationalOffice)
        .AddSlaPolicy(EducationService.EnrolledStudents)
        .AddAssignmentRule(EducationService.SchoolVisitEnquiries)
        .AddAssignmentRule(EducationService.AgentReferrals)
        // Demo data.
        .AddDemoData(EducationDemoData.Create());
}
