using System.Globalization;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>
/// How the store writes the model's primitives. Everything is written by hand so the file holds plain
/// data only: no CLR type names, nothing a renamed class or a moved assembly could break.
/// </summary>
internal static class BsonPrimitives
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>
    /// An instant as <c>{ utc_ticks, offset_minutes }</c>. LiteDB's own DateTime keeps milliseconds and
    /// drops the offset; UTC ticks keep the exact instant (and still sort by time), the offset in minutes
    /// restores the wall clock the instant was recorded in.
    /// </summary>
    public static BsonValue Write(DateTimeOffset value) => new BsonDocument
    {
        ["utc_ticks"] = value.UtcTicks,
        ["offset_minutes"] = (int)value.Offset.TotalMinutes,
    };

    /// <summary>Reads an instant written by <see cref="Write(DateTimeOffset)"/>.</summary>
    public static DateTimeOffset ReadInstant(BsonValue value) =>
        new DateTimeOffset(value["utc_ticks"].AsInt64, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(value["offset_minutes"].AsInt32));

    /// <summary>An optional instant; null stays null.</summary>
    public static BsonValue Write(DateTimeOffset? value) => value is { } v ? Write(v) : BsonValue.Null;

    /// <summary>Reads an optional instant.</summary>
    public static DateTimeOffset? ReadOptionalInstant(BsonValue value) => value.IsNull ? null : ReadInstant(value);

    /// <summary>A calendar date as <c>yyyy-MM-dd</c>, the form dates have everywhere else in the CRM.</summary>
    public static BsonValue Write(DateOnly? value) =>
        value is { } d ? d.ToString(DateFormat, CultureInfo.InvariantCulture) : BsonValue.Null;

    /// <summary>Reads an optional date.</summary>
    public static DateOnly? ReadDate(BsonValue value) =>
        value.IsNull ? null : DateOnly.ParseExact(value.AsString, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Money as <c>{ amount: decimal, currency }</c>; the decimal keeps its scale.</summary>
    public static BsonValue Write(Money value) => new BsonDocument
    {
        ["amount"] = value.Amount,
        ["currency"] = value.Currency,
    };

    /// <summary>Reads money written by <see cref="Write(Money)"/>.</summary>
    public static Money ReadMoney(BsonValue value) => new(value["amount"].AsDecimal, value["currency"].AsString);

    /// <summary>An enum as its lower-case member name, readable in the raw file and independent of member order.</summary>
    public static BsonValue Write<TEnum>(TEnum value) where TEnum : struct, Enum =>
        value.ToString().ToLowerInvariant();

    /// <summary>Reads an enum written by <see cref="Write{TEnum}(TEnum)"/>.</summary>
    public static TEnum ReadEnum<TEnum>(BsonValue value) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(value.AsString, ignoreCase: true);

    /// <summary>A list of strings as a BSON array.</summary>
    public static BsonArray Write(IEnumerable<string> values) => new(values.Select(v => new BsonValue(v)));

    /// <summary>Reads a list of strings; a missing array reads as empty.</summary>
    public static string[] ReadStrings(BsonValue value) =>
        value.IsArray ? value.AsArray.Select(v => v.AsString).ToArray() : [];

    /// <summary>An optional string: BSON null reads as null, a missing key too.</summary>
    public static string? ReadText(BsonValue value) => value.IsNull ? null : value.AsString;
}
