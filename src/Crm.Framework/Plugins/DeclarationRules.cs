using System.Text.RegularExpressions;
using Crm.Framework.CallScripts;
using Crm.Framework.Cases;
using Crm.Framework.Leads;
using Crm.Framework.Sales;
using Crm.Framework.Teams;
using Crm.Framework.Documents;
using Crm.Framework.Fields;
using Crm.Framework.Pipelines;

namespace Crm.Framework.Plugins;

/// <summary>
/// Checks a plugin's declarations for mistakes that would otherwise surface only on first use: a stage
/// requiring a deal field nobody declares, a choice field without choices, a pattern that is not a valid
/// regular expression, a minimum above the maximum, a product, SLA policy or assignment rule pointing at a
/// funnel or team nobody declares.
/// </summary>
public static class DeclarationRules
{
    /// <summary>Every problem found, each naming the declaration; empty when all is well.</summary>
    public static IReadOnlyList<string> Check(PluginContribution contribution, CrmSchema schema)
    {
        var dealFields = contribution.Fields.Where(f => f.Target == FieldTarget.Deal).Select(f => f.Key)
            .Concat(schema.FieldsOf(FieldTarget.Deal).Select(f => f.Key));
        var funnels = contribution.Funnels.Select(f => f.Key).Concat(schema.Funnels.Select(f => f.Key));
        var scripts = contribution.Declarations.Select(d => d.Item).OfType<CallScript>();
        FunnelDefinition? FindFunnel(string key) => contribution.Funnels.FirstOrDefault(f => f.Key == key) ?? schema.FindFunnel(key);
        return [.. CheckFields(contribution.Fields), .. CheckRequiredFields(contribution.Funnels, dealFields), .. CheckTemplateFunnels(contribution.Templates, funnels),
            .. CallScriptSchema.CheckFunnels(scripts, FindFunnel), .. CheckReferences(contribution, schema)];
    }

    /// <summary>
    /// Products sold in funnels, SLA policies escalating to teams and assignment rules handing leads to teams
    /// that neither the plugin nor anything loaded before it declares.
    /// </summary>
    public static IEnumerable<string> CheckReferences(PluginContribution contribution, CrmSchema schema)
    {
        var funnels = contribution.Funnels.Select(f => f.Key).Concat(schema.Funnels.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        var declared = contribution.Declarations.Select(d => d.Item).ToList();
        var teams = declared.OfType<TeamDefinition>().Concat(schema.Teams()).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var product in declared.OfType<ProductDefinition>())
            foreach (var funnel in product.Funnels.Where(f => !funnels.Contains(f)))
                yield return $"product '{product.Key}' is sold in funnel '{funnel}', which is not declared";
        foreach (var policy in declared.OfType<SlaPolicy>())
            if (policy.EscalationTeam is { } team && !teams.Contains(team))
                yield return $"SLA policy '{policy.Key}' escalates to team '{team}', which is not declared";
        foreach (var rule in declared.OfType<AssignmentRule>())
            if (rule.Team is { } team && !teams.Contains(team))
                yield return $"assignment rule '{rule.Key}' hands leads to team '{team}', which is not declared";
    }

    /// <summary>Templates written for funnels that are not among <paramref name="funnelKeys"/>.</summary>
    public static IEnumerable<string> CheckTemplateFunnels(IEnumerable<DocumentTemplateDefinition> templates, IEnumerable<string> funnelKeys)
    {
        var declared = funnelKeys.ToHashSet(StringComparer.Ordinal);
        return from template in templates
               from funnel in template.Funnels
               where !declared.Contains(funnel)
               select $"template '{template.Key}' is written for funnel '{funnel}', which is not declared";
    }

    /// <summary>Problems of field definitions: choices, ranges, patterns, currencies.</summary>
    public static IEnumerable<string> CheckFields(IEnumerable<FieldDefinition> fields) => fields.SelectMany(Check);

    /// <summary>Stages that require a deal field not among <paramref name="dealFieldKeys"/>.</summary>
    public static IEnumerable<string> CheckRequiredFields(IEnumerable<FunnelDefinition> funnels, IEnumerable<string> dealFieldKeys)
    {
        var declared = dealFieldKeys.ToHashSet(StringComparer.Ordinal);
        return from funnel in funnels
               from stage in funnel.Stages
               from key in stage.RequiredFields
               where !declared.Contains(key)
               select $"funnel '{funnel.Key}' stage '{stage.Key}' requires deal field '{key}', which is not declared";
    }

    private static IEnumerable<string> Check(FieldDefinition field)
    {
        var c = field.Constraints;
        var name = $"{field.Target.ToString().ToLowerInvariant()} field '{field.Key}'";
        if (field.Type is FieldType.Choice or FieldType.MultiChoice && c.Choices.Count == 0)
            yield return $"{name} is a choice field without choices";
        if (c.Min is { } min && c.Max is { } max && min > max)
            yield return $"{name} has a minimum {min} above its maximum {max}";
        if (c.Pattern is { } pattern && !IsRegex(pattern))
            yield return $"{name} has a pattern that is not a valid regular expression: {pattern}";
        if (c.Currency is { } currency && !Money.IsCurrencyCode(currency))
            yield return $"{name} requires currency '{currency}', which is not an ISO 4217 code";
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
