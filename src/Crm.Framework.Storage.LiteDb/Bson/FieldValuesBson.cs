using Crm.Framework.Fields;
using LiteDB;

namespace Crm.Framework.Storage.LiteDb.Bson;

/// <summary>
/// Custom field values as the sub-document <c>fields</c>: each canonical primitive as its BSON twin
/// (string, decimal, bool, array of strings), so the field index <c>$.fields.key</c> compares real values
/// and a round trip gives back the same CLR primitives.
/// </summary>
internal static class FieldValuesBson
{
    /// <summary>Writes <paramref name="values"/>; throws for a value that is not a canonical primitive.</summary>
    public static BsonDocument Write(FieldValues values)
    {
        var document = new BsonDocument();
        foreach (var (key, value) in values)
            document[key] = TryWrite(value, out var bson)
                ? bson
                : throw new ArgumentException(
                    $"Custom field '{key}' holds a {value.GetType().Name}; field values must be canonical primitives (string, decimal, bool or string[]).",
                    nameof(values));
        return document;
    }

    /// <summary>Converts one canonical value; false for any other type.</summary>
    public static bool TryWrite(object value, out BsonValue bson)
    {
        bson = value switch
        {
            string s => s,
            decimal d => d,
            bool b => b,
            string[] list => BsonPrimitives.Write(list),
            _ => BsonValue.Null,
        };
        return !bson.IsNull;
    }

    /// <summary>Reads the <c>fields</c> sub-document back into canonical primitives.</summary>
    public static FieldValues Read(BsonValue fields)
    {
        if (!fields.IsDocument) return FieldValues.Empty;
        return FieldValues.From(fields.AsDocument.Select(pair => KeyValuePair.Create(pair.Key, Read(pair.Key, pair.Value))));
    }

    private static object Read(string key, BsonValue value) => value.Type switch
    {
        BsonType.String => value.AsString,
        BsonType.Decimal => value.AsDecimal,
        BsonType.Boolean => value.AsBoolean,
        BsonType.Array => BsonPrimitives.ReadStrings(value),
        // Numbers typed by hand in a database tool come back as the decimal a number field holds.
        BsonType.Int32 or BsonType.Int64 or BsonType.Double => value.AsDecimal,
        _ => throw new InvalidDataException($"Custom field '{key}' holds a BSON {value.Type}, which no field type stores."),
    };
}
