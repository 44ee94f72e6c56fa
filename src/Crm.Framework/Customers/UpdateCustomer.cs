using Crm.Framework.Auditing;
using Crm.Framework.Behaviors;
using Crm.Framework.Fields;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Checks the shape of a card change.</summary>
public sealed class UpdateCustomerValidator(FieldRules fields, CrmRegionalSettings region) : IValidator<UpdateCustomer>
{
    /// <inheritdoc />
    public void Validate(UpdateCustomer request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.CustomerId)) errors.Add(new ValidationError("customer", null, "is required"));
        if (request.Name is { } name)
        {
            if (string.IsNullOrWhiteSpace(name)) errors.Add(new ValidationError("name", null, "cannot be empty"));
            else CreateCustomerValidator.CheckNameLength(name, errors);
        }
        if (request.Owner is { } owner && string.IsNullOrWhiteSpace(owner)) errors.Add(new ValidationError("owner", null, "cannot be empty"));
        ContactPoints.Check(request.AddContacts, region, errors);
        fields.Check(FieldTarget.Customer, request.Fields, creating: false, errors);
    }
}

/// <summary>Applies the change to the stored card, refusing a stale <see cref="UpdateCustomer.ExpectedVersion"/>.</summary>
public sealed class UpdateCustomerHandler(ICrmStore store, UnitOfWork work, FieldRules fields, TimeProvider clock, AuditDiff diff, CrmRegionalSettings region)
    : IRequestHandler<UpdateCustomer, Customer>
{
    /// <inheritdoc />
    public Task<Customer> Handle(UpdateCustomer request, CancellationToken cancellationToken)
    {
        var before = store.RequireActiveCustomer(request.CustomerId);
        var expected = request.ExpectedVersion ?? before.Version;
        if (expected != before.Version)
            throw new ConcurrencyConflictException(EntityKinds.Customer, before.Id, expected, before.Version);
        if (request.Lifecycle is { } target && !Lifecycle.CanMove(before.Lifecycle, target))
            throw new BusinessRuleException(
                $"Customer '{before.Name}' is a {before.Lifecycle.ToString().ToLowerInvariant()} and cannot go back to {target.ToString().ToLowerInvariant()}; mark them former first to restart the relationship.");

        var now = clock.GetUtcNow();
        var after = before with
        {
            Name = request.Name?.Trim() ?? before.Name,
            Lifecycle = request.Lifecycle ?? before.Lifecycle,
            Owner = request.Owner?.Trim() ?? before.Owner,
            Contacts = ContactPoints.Normalize(before.Contacts.Concat(request.AddContacts), region),
            Tags = ContactPoints.NormalizeTags(before.Tags.Concat(request.AddTags).Except(ContactPoints.NormalizeTags(request.RemoveTags))),
            Fields = fields.Apply(FieldTarget.Customer, before.Fields, request.Fields, creating: false),
            UpdatedAt = now,
            Version = expected + 1,
        };
        if (diff.Between(before, after).Count == 0) return Task.FromResult(before); // nothing changed: no new version, no audit entry
        work.Update(EntityKinds.Customer, after.Id, before, after, expected);
        work.Raise(new CustomerUpdated(before, after, now));
        return Task.FromResult(after);
    }
}
