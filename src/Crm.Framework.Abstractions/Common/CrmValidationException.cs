namespace Crm.Framework;

/// <summary>A request or a custom field value broke a rule. Nothing was written.</summary>
public sealed class CrmValidationException : CrmException
{
    /// <summary>Creates the error from the broken rules (at least one).</summary>
    public CrmValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the error for a single broken rule.</summary>
    public CrmValidationException(string field, object? value, string rule)
        : this([new ValidationError(field, value, rule)]) { }

    /// <summary>Every broken rule, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <inheritdoc />
    public override string Code => "validation";

    private static string Describe(IReadOnlyList<ValidationError> errors) => errors.Count switch
    {
        0 => "The request is not valid.",
        1 => $"Field {errors[0]}.",
        _ => $"{errors.Count} fields are not valid: {string.Join("; ", errors)}.",
    };
}
