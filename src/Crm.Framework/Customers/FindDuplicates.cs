using System.Globalization;
using System.Text;
using Crm.Framework.Behaviors;
using Crm.Framework.Leads;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Checks the limit.</summary>
public sealed class FindDuplicatesValidator : IValidator<FindDuplicates>
{
    /// <inheritdoc />
    public void Validate(FindDuplicates request, List<ValidationError> errors)
    {
        if (request.Limit is < 1 or > 10_000) errors.Add(new ValidationError("limit", request.Limit, "must be between 1 and 10000"));
    }
}

/// <summary>
/// Pairs cards sharing an email or phone through the contact index, and compares names only within a
/// company (people by their <c>company</c> field, organisations among themselves), so the work stays near
/// linear in the number of customers.
/// </summary>
public sealed class FindDuplicatesHandler(ICrmStore store) : IRequestHandler<FindDuplicates, IReadOnlyList<DuplicateCandidate>>
{
    private static readonly Dictionary<DuplicateRule, decimal> Weights = new()
    {
        [DuplicateRule.Email] = 0.9m, [DuplicateRule.Phone] = 0.8m, [DuplicateRule.NameCompany] = 0.7m,
    };

    /// <inheritdoc />
    public Task<IReadOnlyList<DuplicateCandidate>> Handle(FindDuplicates request, CancellationToken cancellationToken)
    {
        var rules = request.Rules.Count == 0 ? Enum.GetValues<DuplicateRule>() : request.Rules.Distinct().ToArray();
        var customers = store.FindCustomers(new CustomerQuery { Limit = int.MaxValue });
        var matches = new Dictionary<(string, string), SortedSet<DuplicateRule>>();
        void Pair(Customer a, Customer b, DuplicateRule rule)
        {
            var key = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a.Id, b.Id) : (b.Id, a.Id);
            if (!matches.TryGetValue(key, out var set)) matches[key] = set = [];
            set.Add(rule);
        }

        if (rules.Contains(DuplicateRule.Email)) PairsSharing(customers, ContactKind.Email, DuplicateRule.Email, Pair);
        if (rules.Contains(DuplicateRule.Phone)) PairsSharing(customers, ContactKind.Phone, DuplicateRule.Phone, Pair);
        if (rules.Contains(DuplicateRule.NameCompany))
        {
            foreach (var group in customers.GroupBy(CompanyOf).Where(g => g.Key is not null))
            {
                var members = group.Select(c => (Customer: c, Name: NameKey(c.Name))).ToList();
                for (var i = 0; i < members.Count; i++)
                    for (var j = i + 1; j < members.Count; j++)
                        if (Alike(members[i].Name, members[j].Name)) Pair(members[i].Customer, members[j].Customer, DuplicateRule.NameCompany);
            }
        }

        var byId = customers.ToDictionary(c => c.Id);
        IReadOnlyList<DuplicateCandidate> result = matches
            .Select(m =>
            {
                var (first, second) = Older(byId[m.Key.Item1], byId[m.Key.Item2]);
                var score = 1m - m.Value.Aggregate(1m, (rest, rule) => rest * (1m - Weights[rule]));
                return new DuplicateCandidate(first, second, m.Value.ToList(), Math.Round(score, 3));
            })
            .OrderByDescending(c => c.Score).ThenBy(c => c.First.Name, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.First.Id, StringComparer.Ordinal)
            .Take(request.Limit)
            .ToList();
        return Task.FromResult(result);
    }

    private static void PairsSharing(IReadOnlyList<Customer> customers, ContactKind kind, DuplicateRule rule, Action<Customer, Customer, DuplicateRule> pair)
    {
        var groups = customers
            .SelectMany(c => c.Contacts.Where(p => p.Kind == kind).Select(p => (Value: p.Value.ToLowerInvariant(), Customer: c)))
            .GroupBy(x => x.Value, x => x.Customer);
        foreach (var group in groups)
        {
            var members = group.DistinctBy(c => c.Id).ToList();
            for (var i = 0; i < members.Count; i++)
                for (var j = i + 1; j < members.Count; j++) pair(members[i], members[j], rule);
        }
    }

    private static (Customer, Customer) Older(Customer a, Customer b) =>
        (a.CreatedAt, a.Id).CompareTo((b.CreatedAt, b.Id)) <= 0 ? (a, b) : (b, a);

    // Organisations are their own company, so they are compared among themselves by name.
    private static string? CompanyOf(Customer c)
    {
        if (c.Kind == CustomerKind.Organization) return "\u0001organisations";
        var company = c.Fields.GetText(CaptureLeadHandler.CompanyField);
        return company is null || NameKey(company) is not { Length: > 0 } key ? null : key;
    }

    /// <summary>The name without case, accents, punctuation or word order: "Lovelace, Ádá" → "ada lovelace".</summary>
    internal static string NameKey(string name)
    {
        var letters = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            letters.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ' ');
        }
        return string.Join(' ', letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    /// <summary>Equal, or at most two edits apart (one for names under eight letters).</summary>
    internal static bool Alike(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var allowed = Math.Min(a.Length, b.Length) < 8 ? 1 : 2;
        return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b) <= allowed;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
