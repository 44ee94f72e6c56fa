using LiteDB;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Storage.LiteDb.Tests;

public sealed class StoreErrorTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_locked_file_gives_a_clear_store_error()
    {
        using (var store = new LiteDbCrmStore(_file.Path))
            store.Commit(Changes([Insert(Customer("C-1"))]));

        StoreException error;
        using (File.Open(_file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            error = Assert.Throws<StoreException>(() => new LiteDbCrmStore(_file.Path));

        Assert.Equal($"The CRM file '{_file.Path}' is in use by another program; close it (or the other crm process) and try again.", error.Message);
        using var afterwards = new LiteDbCrmStore(_file.Path);
        Assert.NotNull(afterwards.GetCustomer("C-1"));
    }

    [Fact]
    public void A_file_held_by_another_crm_process_gives_a_clear_store_error()
    {
        // Another process's store holds the lock beside the file; within one process stores share the file instead.
        using (File.Open(_file.Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var error = Assert.Throws<StoreException>(() => new LiteDbCrmStore(_file.Path));
            Assert.Contains($"'{_file.Path}' is in use", error.Message);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData((byte)'x')]
    public void A_damaged_file_gives_a_clear_store_error(byte filler)
    {
        File.WriteAllBytes(_file.Path, Enumerable.Repeat(filler, 16 * 8192).ToArray());

        var error = Assert.Throws<StoreException>(() => new LiteDbCrmStore(_file.Path));

        Assert.Equal($"The CRM file '{_file.Path}' is damaged or is not a CRM database; restore it from a backup, or move it away to start with an empty one.", error.Message);
    }

    [Fact]
    public void The_translator_names_the_file_for_what_it_knows_and_leaves_the_rest()
    {
        var translator = new LiteDbErrorTranslator(_file.Path);
        IOException locked;
        using (File.Open(_file.Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            locked = Assert.ThrowsAny<IOException>(() => File.Open(_file.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None));

        Assert.Contains(_file.Path, translator.Translate(locked)!.Message);
        Assert.Contains(_file.Path, translator.Translate(new LiteException(LiteException.LOCK_TIMEOUT, "Database lock timeout"))!.Message);
        Assert.Contains("damaged", translator.Translate(new LiteException(LiteException.INVALID_DATABASE, "not a LiteDB file"))!.Message);
        Assert.Contains("damaged", translator.Translate(new LiteException(LiteException.INVALID_DATAFILE_STATE, "LiteDB ENSURE: empty page must be defined as empty type"))!.Message);
        Assert.Contains("damaged", translator.Translate(new LiteException(0, "Invalid Data on 657. Full zero: False. Page Type: Empty. Prev/Next: 4294967295/656"))!.Message);
        Assert.Contains("1023 bytes", translator.Translate(new LiteException(LiteException.INVALID_INDEX_KEY, "too long"))!.Message);
        Assert.Null(translator.Translate(new IOException("Disk full")));
        Assert.Null(translator.Translate(new InvalidOperationException("a bug")));
    }
}
