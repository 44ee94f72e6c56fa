namespace Crm.Framework;

/// <summary>Who is acting: recorded in the audit trail and in a deal's stage history.</summary>
public interface ICurrentUser
{
    /// <summary>The user name, e.g. <c>anna.petrova</c>; never empty.</summary>
    string Name { get; }
}
