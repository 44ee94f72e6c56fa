using Crm.Framework.Behaviors;
using Crm.Framework.Fields;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Checks the search criteria: a field key needs a value, an email and phone must be readable.</summary>
public sealed class FindCustomersValidator(FieldRules fields, CrmRegionalSettings region) : IValidator<FindCustomers>
{
    /// <inheritdoc />
    public void Validate(FindCustomers request, List<ValidationError> errors)
    {
        if (request.Limit is < 1 or > 10_000) errors.Add(new ValidationError("limit", request.Limit, "must be between 1 and 10000"));
        if (request.Phone is { } phone && !PhoneNumbers.TryNormalize(phone, region.DefaultRegion, out _, out var problem))
            errors.Add(new ValidationError("phone", phone, problem!));
        if ((request.FieldKey is null) != (request.FieldValue is null))
            errors.Add(new ValidationError("field", request.FieldKey ?? request.FieldValue, "needs both a key and a value (key=value)"));
        else if (request.FieldKey is { } key)
        {
            try { fields.Canonical(FieldTarget.Customer, key, request.FieldValue!); }
            catch (CrmValidationException e) { errors.AddRange(e.Errors); }
        }
    }
}

/// <summary>Normalises the criteria and asks the store (which uses the field's index when there is one).</summary>
public sealed class FindCustomersHandler(ICrmStore store, FieldRules fields, CrmRegionalSettings region) : IRequestHandler<FindCustomers, IReadOnlyList<Customer>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<Customer>> Handle(FindCustomers request, CancellationToken cancellationToken) =>
        Task.FromResult(store.FindCustomers(new CustomerQuery
        {
            NameContains = string.IsNullOrWhiteSpace(request.Name) ? null : request.Name.Trim(),
            Email = request.Email is null ? null : ContactRules.NormalizeEmail(request.Email),
            Phone = request.Phone is null ? null : region.NormalizePhone(request.Phone),
            FieldKey = request.FieldKey,
            FieldValue = request.FieldKey is null ? null : fields.Canonical(FieldTarget.Customer, request.FieldKey, request.FieldValue!),
            Lifecycle = request.Lifecycle,
            Tag = request.Tag?.Trim().ToLowerInvariant(),
            Limit = request.Limit,
        }));
}
