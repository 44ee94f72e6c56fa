namespace Crm.Framework.Cases;

/// <summary>The SLA targets of one priority, in business time (see <see cref="BusinessHours"/>).</summary>
/// <param name="FirstResponse">Business time until the first reply is due.</param>
/// <param name="Resolution">Business time until the case must be resolved.</param>
public sealed record SlaTargets(TimeSpan FirstResponse, TimeSpan Resolution);
