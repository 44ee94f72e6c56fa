using Crm.Framework.Storage;
using Xunit;
using static Crm.Framework.Testing.StoreSamples;

namespace Crm.Framework.Testing;

/// <summary>The store contract for records kept as JSON (activities, cases, quotes, ...; ADR-007).</summary>
public abstract partial class StoreContractTests
{
    /// <summary>A record with money, dates, an enum, a list and a dictionary reads back with every value.</summary>
    [Fact]
    public void A_record_round_trips_with_every_value()
    {
        var note = SampleNote("N-1") with
        {
            Amount = Money.Of(1234.5m, "EUR"),
            Due = new DateOnly(2026, 2, 28),
            Lines = ["first", "second – ✓"],
            Labels = new Dictionary<string, string> { ["source"] = "web_form" },
        };

        Store.Commit(Changes([RecordInsert(note)]));

        var read = Store.GetRecord(SampleNotes, "N-1");
        Assert.NotNull(read);
        Assert.Equal(note.At, read.At);
        Assert.Equal(note.At.Offset, read.At.Offset);
        Assert.Equal(note.Amount, read.Amount);
        Assert.Equal("1234.5", read.Amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(note.Due, read.Due);
        Assert.Equal(SampleNoteState.OnHold, read.State);
        Assert.Equal(note.Lines, read.Lines);
        Assert.Equal("web_form", read.Labels["source"]);
        Assert.Equal(1, read.Version);
    }

    /// <summary>Records are found by every key given, ordered by id; no keys gives all of the kind.</summary>
    [Fact]
    public void Records_are_found_by_all_their_keys()
    {
        Store.Commit(Changes([
            RecordInsert(SampleNote("N-3", owner: "maria", customer: "C-1")),
            RecordInsert(SampleNote("N-1", owner: "maria", customer: "C-2")),
            RecordInsert(SampleNote("N-2", owner: "tom", customer: "C-1")),
        ]));

        Assert.Equal(["N-1", "N-3"], Store.FindRecords(SampleNotes, new RecordKey("owner", "maria")).Select(n => n.Id));
        Assert.Equal(["N-3"], Store.FindRecords(SampleNotes, new RecordKey("owner", "maria"), new RecordKey("customer", "C-1")).Select(n => n.Id));
        Assert.Equal(["N-1", "N-2", "N-3"], Store.FindRecords(SampleNotes).Select(n => n.Id));
        Assert.Empty(Store.FindRecords(SampleNotes, new RecordKey("owner", "MARIA")));
        Assert.Null(Store.GetRecord(SampleNotes, "N-404"));
    }

    /// <summary>An update replaces the record and its keys; a stale update is a conflict naming the record kind.</summary>
    [Fact]
    public void A_record_update_replaces_its_keys_and_a_stale_one_is_refused()
    {
        var v1 = SampleNote("N-1", owner: "maria");
        Store.Commit(Changes([RecordInsert(v1)]));
        var v2 = v1 with { Owner = "tom", Version = 2 };

        Store.Commit(Changes([RecordUpdate(v1, v2)]));
        var conflict = Assert.Throws<ConcurrencyConflictException>(() => Store.Commit(Changes([RecordUpdate(v1, v1 with { Owner = "zoe", Version = 2 })])));

        Assert.Equal(("sample note", "N-1"), (conflict.Kind, conflict.Id));
        Assert.Empty(Store.FindRecords(SampleNotes, new RecordKey("owner", "maria")));
        Assert.Equal("tom", Assert.Single(Store.FindRecords(SampleNotes, new RecordKey("owner", "tom"))).Owner);
    }

    /// <summary>Records commit together with core entities: a conflict on a customer stores no record either.</summary>
    [Fact]
    public void Records_and_entities_are_one_transaction()
    {
        var existing = Customer("C-1");
        Store.Commit(Changes([Insert(existing)]));

        Assert.Throws<ConcurrencyConflictException>(() => Store.Commit(Changes([RecordInsert(SampleNote("N-1")), Insert(existing)])));

        Assert.Null(Store.GetRecord(SampleNotes, "N-1"));
        Assert.Empty(Store.FindRecords(SampleNotes));
    }
}
