namespace Crm.Framework.Customers;

/// <summary>Whether a customer is a private person or an organisation (company, clinic, school...).</summary>
public enum CustomerKind
{
    /// <summary>A private person.</summary>
    Person,
    /// <summary>A company or other organisation.</summary>
    Organization,
}
