using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>The sentences a user reads when the CRM file cannot be used, and how to recognise each case.</summary>
internal static class StoreErrors
{
    /// <summary>The user-facing error for a failure with the file at <paramref name="path"/>, or null when it is not one we know.</summary>
    public static StoreException? Translate(string path, Exception exception) => exception switch
    {
        StoreException => null,
        IOException io when IsLockViolation(io) => InUse(path, io),
        LiteException { ErrorCode: LiteException.LOCK_TIMEOUT } lite => new StoreException(
            $"The CRM file '{path}' stayed locked by another operation for too long; try again in a moment.", lite),
        LiteException { ErrorCode: LiteException.INVALID_INDEX_KEY } lite => new StoreException(
            $"A value is too long to be indexed in the CRM file '{path}' (index keys are at most 1023 bytes); shorten the value or stop indexing that field.", lite),
        LiteException lite when IsDamage(lite) => Damaged(path, lite),
        _ => null,
    };

    /// <summary>Another program or process holds the file.</summary>
    public static StoreException InUse(string path, Exception inner) => new(
        $"The CRM file '{path}' is in use by another program; close it (or the other crm process) and try again.", inner);

    /// <summary>The file or its folder cannot be opened (permissions, a read-only disk...).</summary>
    public static StoreException CannotOpen(string path, Exception inner) => new(
        $"The CRM file '{path}' could not be opened ({inner.Message}); check the folder's permissions and the free disk space.", inner);

    /// <summary>The file is not a LiteDB file, is encrypted, or is broken.</summary>
    public static StoreException Damaged(string path, Exception inner) => new(
        $"The CRM file '{path}' is damaged or is not a CRM database; restore it from a backup, or move it away to start with an empty one.", inner);

    /// <summary>
    /// True for a sharing or lock violation. Windows reports ERROR_SHARING_VIOLATION (32) or
    /// ERROR_LOCK_VIOLATION (33) as HRESULTs; on Linux and macOS .NET takes an advisory flock and
    /// reports the errno of a lock already held: EWOULDBLOCK, 11 on Linux and 35 on macOS.
    /// </summary>
    public static bool IsLockViolation(IOException exception) => exception.HResult switch
    {
        unchecked((int)0x80070020) or unchecked((int)0x80070021) => OperatingSystem.IsWindows(),
        11 => OperatingSystem.IsLinux(),
        35 => OperatingSystem.IsMacOS(),
        _ => false,
    };

    // Failed internal checks ("LiteDB ENSURE: ...") are critical errors; a page of the wrong type, the mark
    // of the free-page corruption of LiteDB issue #2825, has no code of its own, only its message.
    private static bool IsDamage(LiteException exception) =>
        exception.IsCritical
        || exception.ErrorCode is LiteException.INVALID_DATABASE or LiteException.INVALID_FREE_SPACE_PAGE
            or LiteException.NOT_ENCRYPTED or LiteException.INVALID_PASSWORD
        || (exception.ErrorCode == 0 && exception.Message.Contains(" Page Type: ", StringComparison.Ordinal));
}
