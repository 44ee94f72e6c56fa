namespace Crm.Framework.Behaviors;

/// <summary>
/// Turns an infrastructure exception a store or plugin knows (a locked file, a full disk) into a
/// <see cref="CrmException"/> with a sentence a user can act on. Stores register one.
/// </summary>
public interface IErrorTranslator
{
    /// <summary>The user-facing error for <paramref name="exception"/>, or null when this translator does not know it.</summary>
    CrmException? Translate(Exception exception);
}
