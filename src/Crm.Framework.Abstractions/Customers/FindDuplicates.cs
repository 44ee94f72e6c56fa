namespace Crm.Framework.Customers;

/// <summary>
/// Finds likely duplicate cards among customers in use (merged cards are skipped), as pairs with the rules
/// that matched and a score. Ordered by score, highest first.
/// </summary>
public sealed record FindDuplicates : ICrmQuery<IReadOnlyList<DuplicateCandidate>>
{
    /// <summary>The rules to apply; empty (default): all of them.</summary>
    public IReadOnlyList<DuplicateRule> Rules { get; init; } = [];

    /// <summary>At most this many pairs. Default 100.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>Why two cards may be the same customer.</summary>
public enum DuplicateRule
{
    /// <summary>They share an email (case-insensitive). Weight 0.9.</summary>
    Email,
    /// <summary>They share a phone (E.164). Weight 0.8.</summary>
    Phone,
    /// <summary>
    /// Their names are alike ignoring case, accents, punctuation and word order (at most two letters apart)
    /// and they belong to the same company: the customer field <c>company</c> of people, the name of organisations. Weight 0.7.
    /// </summary>
    NameCompany,
}

/// <summary>Two cards that may be the same customer.</summary>
/// <param name="First">The older card (the natural survivor).</param>
/// <param name="Second">The newer card.</param>
/// <param name="Rules">The rules that matched.</param>
/// <param name="Score">0 to 1: one minus the product of (1 - weight) of the rules that matched.</param>
public sealed record DuplicateCandidate(Customer First, Customer Second, IReadOnlyList<DuplicateRule> Rules, decimal Score);
