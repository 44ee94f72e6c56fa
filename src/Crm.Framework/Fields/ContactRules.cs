using System.Text;

namespace Crm.Framework.Fields;

/// <summary>Normalisation of emails and phone numbers, shared by contact points, fields and searches.</summary>
public static class ContactRules
{
    /// <summary>True when <paramref name="email"/> has one @ with text on both sides and a dot in the domain.</summary>
    public static bool IsEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(char.IsWhiteSpace)) return false;
        var at = email.IndexOf('@');
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.');
    }

    /// <summary>Lower-cases and trims an email.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>
    /// Keeps a leading <c>+</c> and the digits, dropping spaces, dots, dashes and brackets; returns null
    /// when the result has fewer than 5 or more than 15 digits (E.164 allows at most 15) or other characters.
    /// </summary>
    public static string? NormalizePhone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var s = phone.Trim();
        var builder = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            if (char.IsAsciiDigit(ch)) builder.Append(ch);
            else if (ch == '+' && i == 0) builder.Append(ch);
            else if (ch is ' ' or '-' or '.' or '(' or ')' or '/') continue;
            else return null;
        }
        var digits = builder.Length - (builder.Length > 0 && builder[0] == '+' ? 1 : 0);
        return digits is >= 5 and <= 15 ? builder.ToString() : null;
    }
}
