namespace Crm.Framework.Plugins;

/// <summary>The application's own declarations (fields, funnels, templates, channels) conflict or cannot work.</summary>
public sealed class SchemaException(string message) : CrmException(message)
{
    /// <inheritdoc />
    public override string Code => "configuration";
}
