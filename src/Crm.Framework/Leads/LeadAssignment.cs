using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Teams;

namespace Crm.Framework.Leads;

/// <summary>
/// Chooses the owner of a new lead by the declared <see cref="AssignmentRule"/>s, first match wins. A team
/// rule hands leads out in turn; its cursor is written in the same unit of work as the lead, so two
/// captures at once cannot hand out the same turn (the second commit fails as a concurrency conflict).
/// </summary>
public sealed class LeadAssignment(CrmSchema schema, FieldRules fields, ICrmStore store, UnitOfWork work)
{
    /// <summary>The owner and the rule that chose them, or (null, null) when no rule matches.</summary>
    public (string? Owner, string? Rule) Assign(CaptureLead request, string? phone)
    {
        foreach (var rule in schema.All<AssignmentRule>(AssignmentRuleDeclarations.Kind))
        {
            if (!Matches(rule, request, phone)) continue;
            return (rule.User ?? NextOf(rule), rule.Key);
        }
        return (null, null);
    }

    private bool Matches(AssignmentRule rule, CaptureLead request, string? phone) =>
        (rule.Channel is null || rule.Channel == request.Channel)
        && (rule.Source is null || string.Equals(rule.Source.Trim(), request.Source?.Trim(), StringComparison.OrdinalIgnoreCase))
        && (rule.PhoneRegion is null || (PhoneNumbers.RegionOf(phone) is { } region
            && PhoneNumbers.FindRegion(rule.PhoneRegion)?.CallingCode == region.CallingCode))
        && (rule.FieldKey is null || FieldMatches(rule.FieldKey, rule.FieldValue, request.Fields));

    private bool FieldMatches(string key, string? expected, IReadOnlyDictionary<string, object?> values)
    {
        if (!values.TryGetValue(key, out var value) || value is null || expected is null) return false;
        try
        {
            var given = value is string text ? fields.Canonical(FieldTarget.Customer, key, text) : value;
            return FieldValues.Format(given) == FieldValues.Format(fields.Canonical(FieldTarget.Customer, key, expected));
        }
        catch (CrmValidationException)
        {
            return false; // a value the field cannot hold matches nothing; the card's validation reports it
        }
    }

    private string NextOf(AssignmentRule rule)
    {
        var team = schema.Find<TeamDefinition>(TeamDeclarations.Kind, rule.Team!)
            ?? throw new BusinessRuleException($"Assignment rule '{rule.Key}' hands leads to team '{rule.Team}', which is not declared; declare the team with AddTeam or change the rule.");
        var before = store.GetRecord(LeadRecords.Cursors, team.Key);
        var assigned = before?.Assigned ?? 0;
        var member = team.Members[(int)(assigned % team.Members.Count)];
        var after = new AssignmentCursor { Id = team.Key, Assigned = assigned + 1, LastAssignee = member, Version = (before?.Version ?? 0) + 1 };
        if (before is null) work.Insert(LeadRecords.Cursors, after);
        else work.Update(LeadRecords.Cursors, before, after);
        return member;
    }
}
