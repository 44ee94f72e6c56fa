using Crm.Framework.Fields;

namespace Crm.Framework.Customers;

/// <summary>Checks and normalises contact points and tags of a customer card.</summary>
internal static class ContactPoints
{
    public static void Check(IEnumerable<ContactPoint> contacts, CrmRegionalSettings region, List<ValidationError> errors)
    {
        foreach (var c in contacts)
        {
            if (string.IsNullOrWhiteSpace(c.Value)) errors.Add(new ValidationError($"contacts.{Kind(c)}", null, "must not be empty"));
            else if (c.Kind == ContactKind.Email && !ContactRules.IsEmail(c.Value.Trim()))
                errors.Add(new ValidationError("email", c.Value, "must be an email address like name@example.com"));
            else if (c.Kind == ContactKind.Phone && !PhoneNumbers.TryNormalize(c.Value, region.DefaultRegion, out _, out var problem))
                errors.Add(new ValidationError("phone", c.Value, problem!));
        }
    }

    public static IReadOnlyList<ContactPoint> Normalize(IEnumerable<ContactPoint> contacts, CrmRegionalSettings region) =>
        contacts.Select(c => c with
            {
                Value = c.Kind switch
                {
                    ContactKind.Email => ContactRules.NormalizeEmail(c.Value),
                    ContactKind.Phone => region.NormalizePhone(c.Value) ?? c.Value.Trim(),
                    _ => c.Value.Trim(),
                },
                Label = string.IsNullOrWhiteSpace(c.Label) ? null : c.Label.Trim(),
            })
            .DistinctBy(c => (c.Kind, c.Value))
            .ToList();

    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string> tags) =>
        tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    private static string Kind(ContactPoint c) => c.Kind.ToString().ToLowerInvariant();
}
