namespace Crm.Framework.Cases;

/// <summary>The customer's satisfaction (CSAT) with how a case was handled.</summary>
/// <param name="Score">1 (very unhappy) to 5 (very happy).</param>
/// <param name="Comment">What the customer said.</param>
public sealed record CaseSatisfaction(int Score, string? Comment)
{
    /// <summary>True when <paramref name="score"/> is a CSAT score, 1 to 5.</summary>
    public static bool IsScore(int score) => score is >= 1 and <= 5;
}
