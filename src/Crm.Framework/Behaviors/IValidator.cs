namespace Crm.Framework.Behaviors;

/// <summary>Checks the shape of one request before it runs; registered beside its handler.</summary>
/// <typeparam name="TRequest">The request checked.</typeparam>
public interface IValidator<in TRequest>
{
    /// <summary>Adds an error for every broken rule; adds nothing when the request is fine.</summary>
    void Validate(TRequest request, List<ValidationError> errors);
}
