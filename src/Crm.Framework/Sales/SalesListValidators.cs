using Crm.Framework.Behaviors;

namespace Crm.Framework.Sales;

/// <summary>Checks the <c>Limit</c> of the quote and order lists: at least one, at most <see cref="LimitValidators.MaxLimit"/>.</summary>
public sealed class SalesListValidators : IValidator<ListQuotes>, IValidator<ListOrders>
{
    /// <inheritdoc />
    public void Validate(ListQuotes request, List<ValidationError> errors) => Check(request.Limit, errors);

    /// <inheritdoc />
    public void Validate(ListOrders request, List<ValidationError> errors) => Check(request.Limit, errors);

    private static void Check(int limit, List<ValidationError> errors)
    {
        if (limit is < 1 or > LimitValidators.MaxLimit) errors.Add(new ValidationError("limit", limit, $"must be between 1 and {LimitValidators.MaxLimit}"));
    }
}
