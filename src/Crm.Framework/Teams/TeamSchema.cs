using Crm.Framework.Plugins;

namespace Crm.Framework.Teams;

/// <summary>Reading the declared teams from the schema.</summary>
public static class TeamSchema
{
    /// <summary>The team <paramref name="key"/>, or a <see cref="NotFoundException"/> listing the teams there are.</summary>
    public static TeamDefinition RequireTeam(this CrmSchema schema, string key) =>
        schema.Require<TeamDefinition>(TeamDeclarations.Kind, key);

    /// <summary>Every declared team.</summary>
    public static IEnumerable<TeamDefinition> Teams(this CrmSchema schema) => schema.All<TeamDefinition>(TeamDeclarations.Kind);

    /// <summary>The teams <paramref name="user"/> is a member of (user names compare case-insensitively).</summary>
    public static IEnumerable<TeamDefinition> TeamsOf(this CrmSchema schema, string user) =>
        schema.Teams().Where(t => t.Members.Contains(user, StringComparer.OrdinalIgnoreCase));
}
