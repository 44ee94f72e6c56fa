using Crm.Framework.Behaviors;
using Crm.Framework.Fields;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Checks a new customer card: a name, valid contacts and valid custom fields.</summary>
public sealed class CreateCustomerValidator(FieldRules fields, CrmRegionalSettings region) : IValidator<CreateCustomer>
{
    /// <inheritdoc />
    public void Validate(CreateCustomer request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Name)) errors.Add(new ValidationError("name", null, "is required"));
        else CheckNameLength(request.Name, errors);
        ContactPoints.Check(request.Contacts, region, errors);
        fields.Check(FieldTarget.Customer, request.Fields, creating: true, errors);
    }

    /// <summary>A card's name is at most 200 characters, on create and on rename.</summary>
    internal static void CheckNameLength(string name, List<ValidationError> errors)
    {
        if (name.Trim().Length > 200) errors.Add(new ValidationError("name", name.Trim()[..20] + "...", "must be at most 200 characters long"));
    }
}

/// <summary>Creates the card, owned by the current user unless an owner is given.</summary>
public sealed class CreateCustomerHandler(UnitOfWork work, FieldRules fields, CrmIds ids, TimeProvider clock, ICurrentUser user, CrmRegionalSettings region)
    : IRequestHandler<CreateCustomer, Customer>
{
    /// <inheritdoc />
    public Task<Customer> Handle(CreateCustomer request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var customer = new Customer
        {
            Id = ids.New(CrmIds.Customer),
            Kind = request.Kind,
            Name = request.Name.Trim(),
            Contacts = ContactPoints.Normalize(request.Contacts, region),
            Owner = string.IsNullOrWhiteSpace(request.Owner) ? user.Name : request.Owner.Trim(),
            Tags = ContactPoints.NormalizeTags(request.Tags),
            Lifecycle = request.Lifecycle,
            Fields = fields.Apply(FieldTarget.Customer, FieldValues.Empty, request.Fields, creating: true),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        work.Insert(EntityKinds.Customer, customer.Id, customer);
        work.Raise(new CustomerCreated(customer, now));
        return Task.FromResult(customer);
    }
}
