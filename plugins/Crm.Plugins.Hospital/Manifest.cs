using Crm.Framework.Plugins;

[assembly: CrmPlugin("Crm.Plugins.Hospital", "Hospital", "1.1.0",
    Industry = "hospital",
    Description = "Hospitals and clinics: the patient card after FHIR Patient/Coverage (MRN, insurance, GP, allergies), care pathway, elective surgery and check-up funnels, appointment letters, pre-admission instructions and discharge summaries, telemedicine, patient portal and e-referral channels.",
    Framework = "[1.1,2.0)")]
