using LiteDB;

namespace Crm.Framework.Storage.LiteDb;

/// <summary>
/// One open CRM file, shared by every store on it in this process. LiteDB 5 wants one
/// <see cref="LiteDatabase"/> per file per process — two on one file corrupt it, and on Linux nothing
/// stops the second open — and everyone writing to the file must queue at the same <see cref="WriteGate"/>.
/// </summary>
internal sealed class LiteDbFile
{
    private static readonly Dictionary<string, LiteDbFile> OpenFiles =
        new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
    private static readonly Lock OpenFilesGate = new();

    private readonly FileStream _processLock;
    private int _users;

    private LiteDbFile(string path, FileStream processLock, LiteDatabase database)
    {
        Path = path;
        _processLock = processLock;
        Database = database;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <summary>The database, in direct mode, safe to read from any thread.</summary>
    public LiteDatabase Database { get; }

    /// <summary>
    /// Held for every write. LiteDB 5.0.20 can corrupt the file when two threads write to different
    /// collections at once (LiteDB issue #2825), so writes never overlap; reads need no gate.
    /// </summary>
    public Lock WriteGate { get; } = new();

    /// <summary>Opens the file at <paramref name="path"/>, or joins the stores that already have it open.</summary>
    /// <exception cref="StoreException">The file is in use by another process, damaged or not accessible.</exception>
    public static LiteDbFile Acquire(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        lock (OpenFilesGate)
        {
            if (!OpenFiles.TryGetValue(fullPath, out var file))
                OpenFiles[fullPath] = file = Open(fullPath);
            file._users++;
            return file;
        }
    }

    /// <summary>Leaves the file; the last store to leave checkpoints the log into the file and closes it.</summary>
    public void Release()
    {
        // Closing inside the registry's lock: a store opening the same path meanwhile waits, rather than
        // finding the process lock still held and reporting the file as in use by another program.
        lock (OpenFilesGate)
        {
            if (--_users > 0) return;
            OpenFiles.Remove(Path);
            try
            {
                lock (WriteGate) Database.Checkpoint();
            }
            finally
            {
                try { Database.Dispose(); }
                finally { _processLock.Dispose(); }
            }
        }
    }

    private static LiteDbFile Open(string path)
    {
        FileStream? processLock = null;
        LiteDatabase? database = null;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            // LiteDB opens its file with FileShare.Read, which Windows enforces but Linux and macOS turn into
            // a shared lock any other process also gets. An exclusive lock on a file beside it makes a
            // second process fail on every OS, instead of both writing and corrupting the file.
            processLock = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            database = OpenDatabase(path);
            CrmCollections.EnsureIndexes(database);
            return new LiteDbFile(path, processLock, database);
        }
        catch (Exception e)
        {
            database?.Dispose();
            processLock?.Dispose();
            if (StoreErrors.Translate(path, e) is { } translated) throw translated;
            if (e is IOException or UnauthorizedAccessException) throw StoreErrors.CannotOpen(path, e);
            throw;
        }
    }

    private static LiteDatabase OpenDatabase(string path)
    {
        var isNew = new FileInfo(path) is not { Exists: true, Length: > 0 };
        try
        {
            return new LiteDatabase(new ConnectionString
            {
                Filename = path,
                Connection = ConnectionType.Direct,
                // New files compare strings ordinally: culture-free, the same on every machine, and exact, as
                // ids, keys and field values need. LiteDB refuses a collation that differs from an existing
                // file's, so older files keep theirs (the store re-checks every criterion in .NET anyway).
                Collation = isNew ? Collation.Binary : null,
            });
        }
        catch (Exception e) when (e is not (IOException or UnauthorizedAccessException))
        {
            // Anything else LiteDB throws while reading the header means the bytes are not a LiteDB file
            // it can use (a garbage header even surfaces as ArgumentOutOfRangeException).
            throw StoreErrors.Translate(path, e) ?? StoreErrors.Damaged(path, e);
        }
    }
}
