namespace Crm.Framework.Customers;

/// <summary>One way to reach a customer.</summary>
/// <param name="Kind">Email, phone, address...</param>
/// <param name="Value">The address or number; emails are stored lower-case, phones as <c>+</c> and digits.</param>
/// <param name="Label">Optional label such as <c>work</c> or <c>mobile</c>.</param>
public sealed record ContactPoint(ContactKind Kind, string Value, string? Label = null);
