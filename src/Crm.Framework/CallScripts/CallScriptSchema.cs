using Crm.Framework.Plugins;

namespace Crm.Framework.CallScripts;

/// <summary>Reading the declared call scripts from the schema.</summary>
public static class CallScriptSchema
{
    /// <summary>The call script <paramref name="key"/>, or null.</summary>
    public static CallScript? FindCallScript(this CrmSchema schema, string key) => schema.Find<CallScript>(CallScriptDeclarations.Kind, key);

    /// <summary>The call script <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the scripts there are.</summary>
    public static CallScript RequireCallScript(this CrmSchema schema, string key) => schema.Require<CallScript>(CallScriptDeclarations.Kind, key);

    /// <summary>Every declared call script, in the order declared.</summary>
    public static IEnumerable<CallScript> CallScripts(this CrmSchema schema) => schema.All<CallScript>(CallScriptDeclarations.Kind);

    /// <summary>Adds an error when <paramref name="key"/> is given but names no declared call script.</summary>
    public static void CheckCallScript(this CrmSchema schema, string? key, List<ValidationError> errors)
    {
        if (key is null || schema.FindCallScript(key) is not null) return;
        var known = schema.CallScripts().Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        errors.Add(new ValidationError("script", key, $"is not a known call script; known call scripts: {(known.Count == 0 ? "none (is the industry plugin enabled?)" : string.Join(", ", known))}"));
    }

    /// <summary>Call scripts written for a funnel or stage that is not declared, each naming both.</summary>
    public static IEnumerable<string> CheckFunnels(IEnumerable<CallScript> scripts, Func<string, Pipelines.FunnelDefinition?> findFunnel)
    {
        foreach (var script in scripts)
        {
            if (script.Stage is not null && script.Funnel is null)
                yield return $"call script '{script.Key}' names stage '{script.Stage}' without its funnel";
            if (script.Funnel is not { } key) continue;
            var funnel = findFunnel(key);
            if (funnel is null) yield return $"call script '{script.Key}' is written for funnel '{key}', which is not declared";
            else if (script.Stage is { } stage && funnel.Stages.All(s => s.Key != stage))
                yield return $"call script '{script.Key}' is written for stage '{stage}', which funnel '{key}' does not have";
        }
    }
}
