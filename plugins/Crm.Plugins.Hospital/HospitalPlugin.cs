using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Plugins.Hospital.Automation;
using Crm.Plugins.Hospital.Demo;

namespace Crm.Plugins.Hospital;

/// <summary>
/// Hospitals and clinics: the patient card, the care pathway, elective surgery and check-up funnels, the
/// hospital's letters and channels, the follow-up automation, the self-pay catalogue, call scripts, the complaints
/// SLA, teams and lead routing, and demo data for <c>crm demo hospital</c>.
/// </summary>
public sealed class HospitalPlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Patient card: identifiers and demographics (FHIR Patient).
        .AddField(HospitalCustomerFields.Mrn)
        .AddField(HospitalCustomerFields.PersonalCode)
        .AddField(HospitalCustomerFields.BirthDate)
        .AddField(HospitalCustomerFields.Gender)
        .AddField(HospitalCustomerFields.Language)
        .AddField(HospitalCustomerFields.ContactPreference)
        // Patient card: cover (FHIR Coverage), contacts, GP and allergies.
        .AddField(HospitalCustomerFields.Coverage)
        .AddField(HospitalCustomerFields.Insurer)
        .AddField(HospitalCustomerFields.InsuranceNumber)
        .AddField(HospitalCustomerFields.EmergencyContact)
        .AddField(HospitalCustomerFields.EmergencyPhone)
        .AddField(HospitalCustomerFields.GeneralPractitioner)
        .AddField(HospitalCustomerFields.Allergies)
        .AddField(HospitalCustomerFields.PortalEnrolled)
        .AddField(HospitalCustomerFields.HealthNewsConsent)
        // Employers: occupational health.
        .AddField(HospitalCustomerFields.OhContractNumber)
        .AddField(HospitalCustomerFields.OhEmployeeCount)
        // Deal: referral and triage (FHIR ServiceRequest).
        .AddField(HospitalDealFields.ReferralSource)
        .AddField(HospitalDealFields.EReferralNumber)
        .AddField(HospitalDealFields.Department)
        .AddField(HospitalDealFields.ReferralReason)
        .AddField(HospitalDealFields.TriageCategory)
        // Deal: appointment (FHIR Appointment) and encounter (FHIR Encounter).
        .AddField(HospitalDealFields.AppointmentDate)
        .AddField(HospitalDealFields.AppointmentTime)
        .AddField(HospitalDealFields.Practitioner)
        .AddField(HospitalDealFields.ClinicLocation)
        .AddField(HospitalDealFields.EncounterClass)
        .AddField(HospitalDealFields.EncounterDiagnosis)
        // Deal: surgery and discharge.
        .AddField(HospitalDealFields.PlannedProcedure)
        .AddField(HospitalDealFields.AsaGrade)
        .AddField(HospitalDealFields.Surgeon)
        .AddField(HospitalDealFields.SurgeryDate)
        .AddField(HospitalDealFields.DischargeDate)
        .AddField(HospitalDealFields.DischargeDisposition)
        .AddField(HospitalDealFields.DischargeMedication)
        .AddField(HospitalDealFields.FollowUpWeeks)
        // Deal: who pays.
        .AddField(HospitalDealFields.EpisodePayer)
        .AddField(HospitalDealFields.TariffCode)
        .AddField(HospitalDealFields.Preauthorisation)
        // Deal: check-up packages.
        .AddField(HospitalDealFields.CheckupPackage)
        .AddField(HospitalDealFields.CheckupHeadcount)
        .AddField(HospitalDealFields.CheckupPricePerPerson)
        .AddField(HospitalDealFields.CheckupDate)
        // Interaction.
        .AddField(HospitalInteractionFields.HospitalUnit)
        .AddField(HospitalInteractionFields.FftResponse)
        .AddField(HospitalInteractionFields.PatientComplaint)
        // Funnels.
        .AddFunnel(HospitalFunnels.CarePathway)
        .AddFunnel(HospitalFunnels.ElectiveSurgery)
        .AddFunnel(HospitalFunnels.HealthCheckup)
        // Channels.
        .AddChannel(HospitalChannels.Telemedicine)
        .AddChannel(HospitalChannels.PatientPortal)
        .AddChannel(HospitalChannels.ReceptionDesk)
        .AddChannel(HospitalChannels.EReferral)
        .AddChannel(HospitalChannels.AmbulanceReferral)
        .AddChannel(HospitalChannels.NurseLine)
        // Letters.
        .AddTemplate(HospitalTemplates.AppointmentLetter)
        .AddTemplate(HospitalTemplates.PreAdmissionInstructions)
        .AddTemplate(HospitalTemplates.DischargeSummary)
        .AddTemplate(HospitalTemplates.CheckupQuote)
        // Automation.
        .OnEvent<DealStageChanged, CareFollowUp>()
        // Catalogue: check-ups, occupational health, self-pay consultations and surgery.
        .AddProduct(HospitalCatalogue.BasicCheckup)
        .AddProduct(HospitalCatalogue.ComprehensiveCheckup)
        .AddProduct(HospitalCatalogue.ExecutiveCheckup)
        .AddProduct(HospitalCatalogue.WomensHealthCheckup)
        .AddProduct(HospitalCatalogue.OccupationalExam)
        .AddProduct(HospitalCatalogue.SpecialistConsultation)
        .AddProduct(HospitalCatalogue.LaparoscopicHerniaRepair)
        .AddProduct(HospitalCatalogue.CataractSurgery)
        // Call scripts.
        .AddCallScript(HospitalCallScripts.CheckupQuoteFollowUp)
        .AddCallScript(HospitalCallScripts.PreOperativeCheck)
        // Service: teams, the complaints SLA and lead routing.
        .AddTeam(HospitalService.PatientServices)
        .AddTeam(HospitalService.PatientRelations)
        .AddSlaPolicy(HospitalService.ClinicalComplaints)
        .AddAssignmentRule(HospitalService.PortalRequests)
        .AddAssignmentRule(HospitalService.CorporateCheckups)
        // Demo data.
        .AddDemoData(HospitalDemoData.Create());
}
