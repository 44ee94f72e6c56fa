namespace Crm.Framework;

/// <summary>The store could not be read or written (file in use, disk full, damaged file). Nothing was written.</summary>
public sealed class StoreException(string message, Exception? inner = null) : CrmException(message, inner)
{
    /// <inheritdoc />
    public override string Code => "store";
}
