namespace Crm.Framework.Fields;

/// <summary>How carefully a field's value must be handled: shown, masked, left out of audit values.</summary>
public enum Sensitivity
{
    /// <summary>Business data anyone in the CRM may see (a segment, a tariff plan).</summary>
    Public,
    /// <summary>Personal data about a person (birth date, income).</summary>
    Personal,
    /// <summary>Special-category or secret data (national id, diagnosis, prescription): masked in lists and in the audit trail.</summary>
    Sensitive,
}
