using System.Text.Json;

namespace Crm.Framework.Cases;

/// <summary>
/// The moves a case may make: <c>new → open/in_progress → waiting_on_customer ↔ in_progress → resolved → closed</c>;
/// open may also wait or resolve, and a resolved case may be reopened (back to in_progress).
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Moves = new()
    {
        [CaseStatus.New] = [CaseStatus.Open, CaseStatus.InProgress],
        [CaseStatus.Open] = [CaseStatus.InProgress, CaseStatus.WaitingOnCustomer, CaseStatus.Resolved],
        [CaseStatus.InProgress] = [CaseStatus.WaitingOnCustomer, CaseStatus.Resolved],
        [CaseStatus.WaitingOnCustomer] = [CaseStatus.InProgress, CaseStatus.Resolved],
        [CaseStatus.Resolved] = [CaseStatus.Closed, CaseStatus.InProgress],
        [CaseStatus.Closed] = [],
    };

    /// <summary>The statuses a case in <paramref name="from"/> may move to.</summary>
    public static IReadOnlyList<CaseStatus> AllowedFrom(CaseStatus from) => Moves[from];

    /// <summary>Refuses a move the lifecycle does not allow, naming the moves there are.</summary>
    /// <exception cref="BusinessRuleException">The move is not allowed.</exception>
    public static void Require(ServiceCase @case, CaseStatus to)
    {
        if (@case.Status == to) throw new BusinessRuleException($"Case '{@case.Id}' is already {Name(to)}.");
        var allowed = AllowedFrom(@case.Status);
        if (allowed.Contains(to)) return;
        throw new BusinessRuleException(allowed.Count == 0
            ? $"Case '{@case.Id}' is {Name(@case.Status)}; a closed case cannot change — open a new case instead."
            : $"Case '{@case.Id}' cannot move from {Name(@case.Status)} to {Name(to)}; allowed: {string.Join(", ", allowed.Select(Name))}.");
    }

    /// <summary>The status as users type it, e.g. <c>waiting_on_customer</c>.</summary>
    public static string Name(CaseStatus status) => JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    /// <summary>A case type or priority as users type it, e.g. <c>warranty_claim</c>.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
}
