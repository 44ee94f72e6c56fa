using MediatR;

namespace Crm.Framework.Behaviors;

/// <summary>Runs every <see cref="IValidator{TRequest}"/> of the request and stops it with all broken rules at once.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var errors = new List<ValidationError>();
        foreach (var validator in validators) validator.Validate(request, errors);
        return errors.Count == 0 ? next() : throw new CrmValidationException(errors);
    }
}
