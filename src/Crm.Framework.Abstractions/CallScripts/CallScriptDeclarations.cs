using Crm.Framework.Plugins;

namespace Crm.Framework.CallScripts;

/// <summary>Declaring call scripts.</summary>
public static class CallScriptDeclarations
{
    /// <summary>The declaration kind of call scripts.</summary>
    public const string Kind = "call script";

    /// <summary>Declares a call script.</summary>
    public static ICrmPluginBuilder AddCallScript(this ICrmPluginBuilder builder, CallScript script)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(script);
        return builder.Declare(Kind, script.Key, script);
    }
}
