namespace Crm.Framework.Fields;

/// <summary>The type of a custom field; decides how a value is parsed, checked and stored.</summary>
public enum FieldType
{
    /// <summary>Free text, stored as a string.</summary>
    Text,
    /// <summary>A decimal number.</summary>
    Number,
    /// <summary>An amount with an ISO currency, written <c>1500.00 EUR</c>.</summary>
    Money,
    /// <summary>A calendar date, written <c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>One value from <see cref="FieldConstraints.Choices"/>.</summary>
    Choice,
    /// <summary>Several values from <see cref="FieldConstraints.Choices"/>.</summary>
    MultiChoice,
    /// <summary>An email address, stored lower-case.</summary>
    Email,
    /// <summary>A phone number, stored as <c>+</c> and digits.</summary>
    Phone,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>The id of another CRM record.</summary>
    Reference,
}
