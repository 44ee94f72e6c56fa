namespace Crm.Framework;

/// <summary>
/// The base of every error a user can cause. Its <see cref="Exception.Message"/> is one sentence that
/// names the thing at fault and says what to do; hosts show it as it is, without a stack trace.
/// </summary>
public abstract class CrmException : Exception
{
    /// <summary>Creates the error with its user-facing message.</summary>
    protected CrmException(string message, Exception? inner = null) : base(message, inner) { }

    /// <summary>A stable, machine-readable category such as <c>validation</c> or <c>not-found</c>.</summary>
    public abstract string Code { get; }
}
