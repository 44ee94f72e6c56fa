using Crm.Framework.Auditing;
using Crm.Framework.Customers;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Storage;

namespace Crm.Framework.Testing;

/// <summary>
/// Records and writes for store tests: minimal valid entities to adjust with <c>with</c>, rich ones that
/// set every property (so a store that drops or rounds one is caught), and the writes that commit them.
/// </summary>
public static class StoreSamples
{
    /// <summary>An instant with ticks below the millisecond and a non-UTC offset, which a careless store loses.</summary>
    public static DateTimeOffset Moment { get; } = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(2)).AddTicks(1_234_567);

    /// <summary>One value of every canonical primitive, including a decimal whose scale must survive and an empty list.</summary>
    public static FieldValues EveryFieldType { get; } = FieldValues.Empty
        .With("nickname", "Ada \"Countess\" – Lovelace ✓")
        .With("credit_score", 720.50m)
        .With("balance", -0.001m)
        .With("vip", true)
        .With("opted_out", false)
        .With("products", new[] { "mortgage", "savings" })
        .With("no_products", Array.Empty<string>())
        .With("birth_date", "1815-12-10")
        .With("income", "1500.00 EUR");

    /// <summary>A minimal customer at version 1.</summary>
    public static Customer Customer(string id, string name = "Ada Lovelace") =>
        new() { Id = id, Name = name, CreatedAt = Moment, UpdatedAt = Moment, Version = 1 };

    /// <summary>A customer with every property set.</summary>
    public static Customer RichCustomer(string id) => Customer(id, "Lovelace & Babbage Ltd") with
    {
        Kind = CustomerKind.Organization,
        Contacts =
        [
            new(ContactKind.Email, "office@lovelace.example", "work"),
            new(ContactKind.Phone, "+442079460018"),
            new(ContactKind.Address, "12 St James's Square, London", "head office"),
        ],
        Owner = "maria",
        Tags = ["vip", "mortgage"],
        Lifecycle = LifecycleStage.Prospect,
        Fields = EveryFieldType,
        UpdatedAt = Moment.AddDays(3).ToOffset(TimeSpan.FromHours(-5)),
        MergedInto = "C-SURVIVOR",
        Version = 3,
    };

    /// <summary>A minimal open deal at version 1.</summary>
    public static Deal Deal(string id, string customerId, string funnel = "sales", string stage = "new") =>
        new() { Id = id, CustomerId = customerId, Funnel = funnel, Title = $"Deal {id}", Stage = stage, CreatedAt = Moment, UpdatedAt = Moment, Version = 1 };

    /// <summary>A lost deal with every property set, its stage history included.</summary>
    public static Deal RichDeal(string id, string customerId) => Deal(id, customerId, "mortgage", "lost") with
    {
        Title = "Mortgage 25y — flat on Lime St",
        Status = DealStatus.Lost,
        Amount = new Money(250_000.50m, "EUR"),
        Owner = "maria",
        ExpectedClose = new DateOnly(2026, 6, 30),
        LostReason = "price",
        ClosedAt = Moment.AddDays(10).ToOffset(TimeSpan.FromMinutes(330)),
        History =
        [
            new StageChange(null, "new", Moment, "maria"),
            new StageChange("new", "lost", Moment.AddDays(10), "maria", "went with another bank"),
        ],
        Fields = FieldValues.Empty.With("ltv", 0.85m).With("collateral", true),
        UpdatedAt = Moment.AddDays(10),
        Version = 2,
    };

    /// <summary>A minimal interaction at version 1.</summary>
    public static Interaction Interaction(string id, string customerId, DateTimeOffset occurredAt) =>
        new() { Id = id, CustomerId = customerId, Channel = "phone", Subject = $"Call {id}", OccurredAt = occurredAt, Version = 1 };

    /// <summary>An interaction with every property set.</summary>
    public static Interaction RichInteraction(string id, string customerId, string dealId) => Interaction(id, customerId, Moment) with
    {
        Channel = "meeting",
        Direction = InteractionDirection.Outbound,
        Notes = "Discussed the rate.\nWill call back.",
        Outcome = "callback requested",
        DealId = dealId,
        Script = "loan_follow_up",
        LoggedBy = "maria",
        Fields = FieldValues.Empty.With("duration_minutes", 45m).With("topics", new[] { "rate", "term" }),
    };

    /// <summary>A minimal rendered document at version 1.</summary>
    public static Document Document(string id, string customerId, DateTimeOffset renderedAt) =>
        new() { Id = id, CustomerId = customerId, Template = "offer", Title = "Offer", Content = $"# Offer {id}", RenderedAt = renderedAt, Version = 1 };

    /// <summary>A rendered document with every property set.</summary>
    public static Document RichDocument(string id, string customerId, string dealId) => Document(id, customerId, Moment) with
    {
        DealId = dealId,
        MediaType = "text/html",
        Content = "<h1>Offer</h1>\n<p>250 000,50 €</p>",
        RenderedBy = "maria",
    };

    /// <summary>An audit entry about <paramref name="entityId"/>.</summary>
    public static AuditEntry Audit(string id, string entityKind, string entityId, DateTimeOffset at) => new()
    {
        Id = id,
        At = at,
        Actor = "maria",
        Action = "UpdateCustomer",
        EntityKind = entityKind,
        EntityId = entityId,
        Changes = [new AuditChange("name", "Ada", "Ada Lovelace"), new AuditChange("fields.vip", null, "true"), new AuditChange("owner", "bob", null)],
    };

    /// <summary>The insert of a new customer, interaction, deal or document (expected version 0).</summary>
    public static EntityWrite Insert(object entity)
    {
        var (kind, id, _) = Identify(entity);
        return new EntityWrite(kind, id, entity, 0, null, "Insert");
    }

    /// <summary>The replacement of <paramref name="before"/> (the stored state) by <paramref name="after"/>.</summary>
    public static EntityWrite Update(object before, object after)
    {
        var (kind, id, version) = Identify(before);
        return new EntityWrite(kind, id, after, version, before, "Update");
    }

    /// <summary>The record kind of <see cref="SampleNote"/>, looked up by owner and customer.</summary>
    public static RecordKind<SampleNote> SampleNotes { get; } = new("sample note", "sample_notes", n => n.Id, n => n.Version,
        n => [new RecordKey("owner", n.Owner), new RecordKey("customer", n.CustomerId)]);

    /// <summary>A sample note at version 1, on hold, at <see cref="Moment"/>.</summary>
    public static SampleNote SampleNote(string id, string? owner = null, string? customer = null) =>
        new(id, owner, customer) { At = Moment, State = SampleNoteState.OnHold };

    /// <summary>The insert of a sample note.</summary>
    public static EntityWrite RecordInsert(SampleNote note) => new(SampleNotes.Name, note.Id, note, 0, null, null, SampleNotes);

    /// <summary>The update of a sample note read at <paramref name="before"/>'s version.</summary>
    public static EntityWrite RecordUpdate(SampleNote before, SampleNote after) => new(SampleNotes.Name, after.Id, after, before.Version, before, null, SampleNotes);

    /// <summary>A change set of <paramref name="writes"/> and <paramref name="audit"/> entries.</summary>
    public static ChangeSet Changes(IEnumerable<EntityWrite> writes, IEnumerable<AuditEntry>? audit = null)
    {
        var changes = new ChangeSet();
        foreach (var write in writes) changes.Put(write);
        foreach (var entry in audit ?? []) changes.Append(entry);
        return changes;
    }

    private static (string Kind, string Id, long Version) Identify(object entity) => entity switch
    {
        Customer c => (EntityKinds.Customer, c.Id, c.Version),
        Interaction i => (EntityKinds.Interaction, i.Id, i.Version),
        Deal d => (EntityKinds.Deal, d.Id, d.Version),
        Document d => (EntityKinds.Document, d.Id, d.Version),
        _ => throw new ArgumentException($"A store does not keep a {entity.GetType().Name}.", nameof(entity)),
    };
}

/// <summary>A record type for the store contract's record tests: every kind of value a record holds.</summary>
/// <param name="Id">The id.</param>
/// <param name="Owner">A lookup key.</param>
/// <param name="CustomerId">A lookup key.</param>
public sealed record SampleNote(string Id, string? Owner, string? CustomerId)
{
    /// <summary>An instant with an offset and sub-millisecond ticks.</summary>
    public DateTimeOffset At { get; init; }
    /// <summary>Money with a scale to keep.</summary>
    public Money Amount { get; init; }
    /// <summary>A date.</summary>
    public DateOnly? Due { get; init; }
    /// <summary>An enum.</summary>
    public SampleNoteState State { get; init; }
    /// <summary>A list.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];
    /// <summary>A dictionary.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    /// <summary>The version.</summary>
    public long Version { get; init; } = 1;
}

/// <summary>An enum of <see cref="SampleNote"/>.</summary>
public enum SampleNoteState
{
    /// <summary>Open.</summary>
    Open,
    /// <summary>On hold (two words, to check the stored name).</summary>
    OnHold,
}
