using System.CommandLine;
using Crm.Framework;

namespace Crm.Cli.Infrastructure;

/// <summary>The repeatable <c>--field key=value</c> option and its parsing.</summary>
public static class FieldOption
{
    /// <summary>A new <c>--field</c> option.</summary>
    public static Option<string[]> Create() => new("--field", "-f")
    {
        Description = "A custom field value as key=value; repeat for several. An empty value clears the field.",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Turns <c>key=value</c> pairs into field input; a pair without '=' is a validation error naming it.</summary>
    public static IReadOnlyDictionary<string, object?> Parse(IEnumerable<string>? pairs)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
                throw new CrmValidationException("field", pair, "must be written key=value, e.g. --field credit_score=720");
            var key = pair[..equals].Trim();
            if (fields.ContainsKey(key))
                throw new CrmValidationException(key, pair[(equals + 1)..], "is given twice; give each field once");
            fields[key] = pair[(equals + 1)..];
        }
        return fields;
    }
}
