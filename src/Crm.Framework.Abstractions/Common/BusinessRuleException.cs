namespace Crm.Framework;

/// <summary>
/// A well-formed request that the current state forbids: an illegal stage move, closing a deal twice,
/// a lifecycle step backwards. Nothing was written.
/// </summary>
public sealed class BusinessRuleException(string message) : CrmException(message)
{
    /// <inheritdoc />
    public override string Code => "rule";
}
