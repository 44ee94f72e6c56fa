using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Behaviors;

/// <summary>Checks the <c>Limit</c> of the list queries: at least one, at most 10 000.</summary>
public sealed class LimitValidators : IValidator<ListDeals>, IValidator<GetAuditTrail>, IValidator<GetCustomerTimeline>
{
    /// <summary>The largest page a query returns.</summary>
    public const int MaxLimit = 10_000;

    /// <inheritdoc />
    public void Validate(ListDeals request, List<ValidationError> errors) => Check(request.Limit, errors);

    /// <inheritdoc />
    public void Validate(GetAuditTrail request, List<ValidationError> errors) => Check(request.Limit, errors);

    /// <inheritdoc />
    public void Validate(GetCustomerTimeline request, List<ValidationError> errors) => Check(request.Limit, errors);

    private static void Check(int limit, List<ValidationError> errors)
    {
        if (limit is < 1 or > MaxLimit) errors.Add(new ValidationError("limit", limit, $"must be between 1 and {MaxLimit}"));
    }
}
