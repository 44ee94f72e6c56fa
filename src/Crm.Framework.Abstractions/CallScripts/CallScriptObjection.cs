namespace Crm.Framework.CallScripts;

/// <summary>An objection a customer may raise and how to answer it.</summary>
/// <param name="Objection">What the customer says, e.g. <c>The rate is too high</c>.</param>
/// <param name="Answer">What to answer.</param>
public sealed record CallScriptObjection(string Objection, string Answer);
