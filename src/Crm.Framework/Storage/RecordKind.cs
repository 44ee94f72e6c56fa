using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Framework.Fields;

namespace Crm.Framework.Storage;

/// <summary>
/// A kind of record the store keeps without a hand-written mapping (activities, service cases, quotes,
/// orders, ...): the record is stored as JSON next to its version and its lookup keys (ADR-007). The
/// store finds records by those keys only — e.g. <c>owner=maria</c> and <c>status=open</c> — and the
/// caller orders and filters the rest in .NET.
/// </summary>
public abstract class RecordKind
{
    private static readonly HashSet<string> Reserved = ["customers", "interactions", "deals", "documents", "audit"];

    /// <summary>Declares a record kind.</summary>
    /// <param name="name">The entity kind in writes, audit entries and messages, e.g. <c>activity</c>.</param>
    /// <param name="collection">Where the store keeps them, e.g. <c>activities</c>: snake_case and not one of the core collections.</param>
    protected RecordKind(string name, string collection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!FieldDefinition.IsValidKey(collection) || Reserved.Contains(collection))
            throw new ArgumentException($"Record collection '{collection}' must be snake_case and not one of {string.Join(", ", Reserved)}.", nameof(collection));
        Name = name;
        Collection = collection;
    }

    /// <summary>The entity kind, e.g. <c>activity</c>.</summary>
    public string Name { get; }

    /// <summary>The collection, e.g. <c>activities</c>.</summary>
    public string Collection { get; }

    /// <summary>The CLR type of the records.</summary>
    public abstract Type RecordType { get; }

    /// <summary>The id of <paramref name="record"/>.</summary>
    public abstract string IdOf(object record);

    /// <summary>The version of <paramref name="record"/>: 1 after insert, +1 per change.</summary>
    public abstract long VersionOf(object record);

    /// <summary>The lookup terms of <paramref name="record"/>, each <c>name=value</c>.</summary>
    public abstract IReadOnlyList<string> TermsOf(object record);

    /// <summary>The record as JSON (<see cref="RecordJson.Options"/>).</summary>
    public string Serialize(object record) => JsonSerializer.Serialize(record, RecordType, RecordJson.Options);

    /// <summary>A record read back from <see cref="Serialize"/>'s JSON.</summary>
    public object Deserialize(string json) =>
        JsonSerializer.Deserialize(json, RecordType, RecordJson.Options)
        ?? throw new StoreException($"A stored {Name} is empty; the file may be damaged.");
}

/// <summary>A record kind of CLR type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The record type; it must round-trip through System.Text.Json with <see cref="RecordJson.Options"/>.</typeparam>
public sealed class RecordKind<T> : RecordKind where T : class
{
    private readonly Func<T, string> _id;
    private readonly Func<T, long> _version;
    private readonly Func<T, IEnumerable<RecordKey>> _keys;

    /// <summary>Declares a record kind with how to read a record's id, version and lookup keys.</summary>
    public RecordKind(string name, string collection, Func<T, string> id, Func<T, long> version, Func<T, IEnumerable<RecordKey>> keys)
        : base(name, collection)
    {
        _id = id;
        _version = version;
        _keys = keys;
    }

    /// <inheritdoc />
    public override Type RecordType => typeof(T);

    /// <inheritdoc />
    public override string IdOf(object record) => _id((T)record);

    /// <inheritdoc />
    public override long VersionOf(object record) => _version((T)record);

    /// <inheritdoc />
    public override IReadOnlyList<string> TermsOf(object record) =>
        _keys((T)record).Where(k => k.Value is not null).Select(k => k.Term).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>A typed record read back from JSON.</summary>
    public T Read(string json) => (T)Deserialize(json);
}

/// <summary>A lookup key of a record, e.g. <c>owner=maria</c>. A key with a null value is not stored.</summary>
/// <param name="Name">The key name, e.g. <c>owner</c>.</param>
/// <param name="Value">The value, compared exactly (ordinal).</param>
public readonly record struct RecordKey(string Name, string? Value)
{
    /// <summary>The stored term, <c>name=value</c>.</summary>
    public string Term => $"{Name}={Value}";
}

/// <summary>How records of a <see cref="RecordKind"/> are written as JSON: snake_case names, enums as snake_case text.</summary>
public static class RecordJson
{
    /// <summary>The serializer options every store uses for records.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = false,
        // Names and notes stay readable in the file and the audit trail; the JSON is never put into HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
