using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Plugins.Pharmacy.Automation;
using Crm.Plugins.Pharmacy.Demo;

namespace Crm.Plugins.Pharmacy;

/// <summary>
/// A US community pharmacy: the patient profile with allergies, conditions, drug plan and adherence,
/// the prescription fulfilment, refill, medication review and vaccination funnels, labels, refill
/// reminders and review summaries, the counter, drive-through, e-prescription and reminder channels, the
/// vaccine and service catalogue, call scripts, the care-home SLA, teams and lead routing, and demo data for
/// <c>crm demo pharmacy</c>.
/// </summary>
public sealed class PharmacyPlugin : ICrmPlugin
{
    /// <inheritdoc />
    public void Configure(ICrmPluginBuilder builder) => builder
        // Patient profile: identity, safety screening, drug plan, adherence and reminders.
        .AddField(PharmacyCustomerFields.BirthDate)
        .AddField(PharmacyCustomerFields.Allergies)
        .AddField(PharmacyCustomerFields.Conditions)
        .AddField(PharmacyCustomerFields.PlanType)
        .AddField(PharmacyCustomerFields.PlanName)
        .AddField(PharmacyCustomerFields.Bin)
        .AddField(PharmacyCustomerFields.MemberId)
        .AddField(PharmacyCustomerFields.AdherencePdc)
        .AddField(PharmacyCustomerFields.ContactPreference)
        .AddField(PharmacyCustomerFields.SmsOptIn)
        .AddField(PharmacyCustomerFields.HomeStore)
        .AddField(PharmacyCustomerFields.EasyOpenCaps)
        // Accounts: care homes, practices, employers.
        .AddField(PharmacyCustomerFields.FacilityType)
        .AddField(PharmacyCustomerFields.FacilityBeds)
        .AddField(PharmacyCustomerFields.FacilityNpi)
        // Deal: the prescription as written.
        .AddField(PharmacyDealFields.RxNumber)
        .AddField(PharmacyDealFields.DrugName)
        .AddField(PharmacyDealFields.Strength)
        .AddField(PharmacyDealFields.DosageForm)
        .AddField(PharmacyDealFields.NdcCode)
        .AddField(PharmacyDealFields.AtcCode)
        .AddField(PharmacyDealFields.Sig)
        .AddField(PharmacyDealFields.Indication)
        .AddField(PharmacyDealFields.Quantity)
        .AddField(PharmacyDealFields.DaysSupply)
        .AddField(PharmacyDealFields.RefillsRemaining)
        .AddField(PharmacyDealFields.Prescriber)
        .AddField(PharmacyDealFields.PrescriberNpi)
        .AddField(PharmacyDealFields.ControlledSchedule)
        .AddField(PharmacyDealFields.WrittenDate)
        .AddField(PharmacyDealFields.Origin)
        // Deal: the claim, the pharmacist's checks and the fill.
        .AddField(PharmacyDealFields.ClaimStatus)
        .AddField(PharmacyDealFields.Copay)
        .AddField(PharmacyDealFields.DurAlert)
        .AddField(PharmacyDealFields.Pharmacist)
        .AddField(PharmacyDealFields.FillDate)
        .AddField(PharmacyDealFields.NextRefillDue)
        // Deal: medication reviews.
        .AddField(PharmacyDealFields.ReviewType)
        .AddField(PharmacyDealFields.ReviewDate)
        .AddField(PharmacyDealFields.MedCount)
        .AddField(PharmacyDealFields.DrugProblems)
        .AddField(PharmacyDealFields.ActionPlan)
        // Deal: vaccinations.
        .AddField(PharmacyDealFields.Vaccine)
        .AddField(PharmacyDealFields.ScreeningResult)
        .AddField(PharmacyDealFields.VaccineLot)
        .AddField(PharmacyDealFields.AdministeredOn)
        .AddField(PharmacyDealFields.DoseNumber)
        .AddField(PharmacyDealFields.InjectionSite)
        .AddField(PharmacyDealFields.NextDoseDue)
        // Interaction.
        .AddField(PharmacyInteractionFields.StoreNumber)
        .AddField(PharmacyInteractionFields.Counseling)
        .AddField(PharmacyInteractionFields.SideEffectReported)
        // Funnels.
        .AddFunnel(PharmacyFunnels.Fulfilment)
        .AddFunnel(PharmacyFunnels.Refill)
        .AddFunnel(PharmacyFunnels.MedicationReview)
        .AddFunnel(PharmacyFunnels.Vaccination)
        // Channels.
        .AddChannel(PharmacyChannels.Counter)
        .AddChannel(PharmacyChannels.DriveThrough)
        .AddChannel(PharmacyChannels.EPrescription)
        .AddChannel(PharmacyChannels.RefillReminderSms)
        .AddChannel(PharmacyChannels.RefillIvr)
        .AddChannel(PharmacyChannels.PharmacyApp)
        .AddChannel(PharmacyChannels.PrescriberCall)
        // Documents.
        .AddTemplate(PharmacyTemplates.PrescriptionLabel)
        .AddTemplate(PharmacyTemplates.RefillReminder)
        .AddTemplate(PharmacyTemplates.MedicationReviewSummary)
        // Automation.
        .OnEvent<DealStageChanged, QueueNextRefill>()
        .OnEvent<DealStageChanged, PriorAuthorizationFollowUp>()
        // Catalogue: vaccines, clinics, reviews and a retail item.
        .AddProduct(PharmacyCatalogue.FluVaccine)
        .AddProduct(PharmacyCatalogue.CovidVaccine)
        .AddProduct(PharmacyCatalogue.ShinglesVaccine)
        .AddProduct(PharmacyCatalogue.PneumococcalVaccine)
        .AddProduct(PharmacyCatalogue.TdapVaccine)
        .AddProduct(PharmacyCatalogue.OnSiteClinic)
        .AddProduct(PharmacyCatalogue.DrugRegimenReview)
        .AddProduct(PharmacyCatalogue.BloodPressureMonitor)
        // Call scripts.
        .AddCallScript(PharmacyCallScripts.RefillReminderCall)
        .AddCallScript(PharmacyCallScripts.MedicationReviewInvitation)
        // Service: teams, the care-home SLA and lead routing.
        .AddTeam(PharmacyService.Pharmacists)
        .AddTeam(PharmacyService.PatientCareDesk)
        .AddSlaPolicy(PharmacyService.LtcFacilities)
        .AddAssignmentRule(PharmacyService.AppRequests)
        .AddAssignmentRule(PharmacyService.EmployerClinics)
        // Demo data.
        .AddDemoData(PharmacyDemoData.Create());
}
