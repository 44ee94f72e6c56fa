namespace Crm.Framework.Activities;

/// <summary>Reads one activity.</summary>
/// <param name="ActivityId">The activity id.</param>
public sealed record GetActivity(string ActivityId) : ICrmQuery<Activity>;
