using Crm.Framework.Behaviors;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>
/// Turns what LiteDB and the file system report about the CRM file — locked by another program, damaged,
/// busy for too long — into a <see cref="StoreException"/> that names the file and says what to do.
/// Registered by <see cref="LiteDbStoreServiceCollectionExtensions.AddCrmLiteDbStore"/>.
/// </summary>
/// <param name="databasePath">The CRM file the messages name.</param>
public sealed class LiteDbErrorTranslator(string databasePath) : IErrorTranslator
{
    /// <summary>The CRM file the messages name.</summary>
    public string DatabasePath { get; } = databasePath;

    /// <inheritdoc />
    public CrmException? Translate(Exception exception) => StoreErrors.Translate(DatabasePath, exception);
}
