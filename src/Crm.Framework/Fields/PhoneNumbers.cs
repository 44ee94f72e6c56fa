namespace Crm.Framework.Fields;

/// <summary>
/// Writes phone numbers in E.164 form (<c>+</c>, country calling code, national number; 8 to 15 digits).
/// A number written without <c>+</c> is read as dialled in the default region: its international prefix
/// (<c>00</c>, <c>011</c>, ...) starts a country code, its trunk prefix (<c>0</c>, <c>8</c>, <c>1</c>) is dropped
/// and the region's calling code put in front. No region: only <c>+</c> or <c>00</c> numbers are understood.
/// </summary>
public static class PhoneNumbers
{
    /// <summary>What the messages show as a well-written number.</summary>
    public const string Example = "+44 20 7946 0018";

    /// <summary>The regions the normaliser knows, by ISO 3166 code.</summary>
    public static IReadOnlyDictionary<string, PhoneRegion> Regions { get; } = new[]
    {
        new PhoneRegion("GB", "44", "0", "00"), new PhoneRegion("IE", "353", "0", "00"),
        new PhoneRegion("DE", "49", "0", "00"), new PhoneRegion("FR", "33", "0", "00"),
        new PhoneRegion("ES", "34", null, "00"), new PhoneRegion("IT", "39", null, "00"),
        new PhoneRegion("NL", "31", "0", "00"), new PhoneRegion("US", "1", "1", "011"),
        new PhoneRegion("CA", "1", "1", "011"), new PhoneRegion("RU", "7", "8", "810"),
        new PhoneRegion("PL", "48", null, "00"), new PhoneRegion("SE", "46", "0", "00"),
        new PhoneRegion("AU", "61", "0", "0011"), new PhoneRegion("IN", "91", "0", "00"),
        new PhoneRegion("AE", "971", "0", "00"), new PhoneRegion("JP", "81", "0", "010"),
        new PhoneRegion("EE", "372", null, "00"), new PhoneRegion("LT", "370", "8", "00"),
    }.ToDictionary(r => r.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The region <paramref name="code"/> (any case), or null when the normaliser does not know it.</summary>
    public static PhoneRegion? FindRegion(string? code) => code is null ? null : Regions.GetValueOrDefault(code.Trim());

    /// <summary>The number in E.164 form, or null when it is not a phone number (see <see cref="TryNormalize"/>).</summary>
    public static string? Normalize(string? phone, string? defaultRegion) => TryNormalize(phone, defaultRegion, out var e164, out _) ? e164 : null;

    /// <summary>Writes <paramref name="phone"/> in E.164 form, or says in <paramref name="problem"/> what is wrong with it.</summary>
    /// <param name="phone">The number as written: digits, a leading <c>+</c>, spaces, dots, dashes, slashes and brackets.</param>
    /// <param name="defaultRegion">Where numbers without <c>+</c> are dialled, e.g. <c>GB</c>; null: such numbers are refused.</param>
    /// <param name="e164">The normalised number, e.g. <c>+442079460018</c>.</param>
    /// <param name="problem">What is wrong, as the end of a sentence starting with the number (e.g. <c>must be a phone number like ...</c>).</param>
    public static bool TryNormalize(string? phone, string? defaultRegion, out string e164, out string? problem)
    {
        e164 = "";
        problem = $"must be a phone number like {Example}";
        if (string.IsNullOrWhiteSpace(phone)) return false;
        var text = phone.Trim();
        var digits = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsAsciiDigit(ch)) digits.Append(ch);
            else if (ch == '+' && i == 0) continue;
            else if (ch is not (' ' or '-' or '.' or '(' or ')' or '/')) return false;
        }
        var number = digits.ToString();
        if (!text.StartsWith('+'))
        {
            var region = FindRegion(defaultRegion);
            if (defaultRegion is not null && region is null)
            {
                problem = $"cannot be read: the default region '{defaultRegion}' is not known; known regions: {string.Join(", ", Regions.Keys.Order(StringComparer.Ordinal))}";
                return false;
            }
            if (region is null)
            {
                // Without a region only the ITU-recommended international prefix is understood.
                if (!number.StartsWith("00", StringComparison.Ordinal))
                {
                    problem = $"has no country code and no default region is set; write it with + and the country code, like {Example}";
                    return false;
                }
                number = number[2..];
            }
            else if (number.StartsWith(region.InternationalPrefix, StringComparison.Ordinal)) number = number[region.InternationalPrefix.Length..];
            else if (region.TrunkPrefix is { } trunk && number.StartsWith(trunk, StringComparison.Ordinal)) number = region.CallingCode + number[trunk.Length..];
            else number = region.CallingCode + number;
        }
        if (number.Length is < 8 or > 15 || number[0] == '0') return false;
        e164 = "+" + number;
        problem = null;
        return true;
    }

    /// <summary>The region whose calling code starts <paramref name="e164"/> (the first known one for shared codes such as +1), or null.</summary>
    public static PhoneRegion? RegionOf(string? e164) =>
        e164 is null || !e164.StartsWith('+') ? null
        : Regions.Values.Where(r => e164.AsSpan(1).StartsWith(r.CallingCode)).MaxBy(r => r.CallingCode.Length);
}

/// <summary>How numbers are dialled in one region.</summary>
/// <param name="Code">ISO 3166 code, e.g. <c>GB</c>.</param>
/// <param name="CallingCode">Country calling code without <c>+</c>, e.g. <c>44</c>.</param>
/// <param name="TrunkPrefix">What national numbers start with and E.164 drops, e.g. <c>0</c>; null when numbers keep their first digit (Italy, Spain).</param>
/// <param name="InternationalPrefix">What is dialled before a country code, e.g. <c>00</c>, <c>011</c>.</param>
public sealed record PhoneRegion(string Code, string CallingCode, string? TrunkPrefix, string InternationalPrefix);
