namespace Crm.Framework.Customers;

/// <summary>The kind of a contact point on the customer card.</summary>
public enum ContactKind
{
    /// <summary>An email address.</summary>
    Email,
    /// <summary>A phone number.</summary>
    Phone,
    /// <summary>A postal address.</summary>
    Address,
    /// <summary>A messenger handle (WhatsApp, Telegram...).</summary>
    Messenger,
    /// <summary>A social network profile.</summary>
    Social,
    /// <summary>A website.</summary>
    Website,
}
