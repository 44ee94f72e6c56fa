using Crm.Framework;

namespace Crm.Cli.Infrastructure;

/// <summary>Exit codes of the crm command, one per kind of mistake so scripts can tell them apart (see docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;
    /// <summary>An unexpected error (a bug).</summary>
    public const int Unexpected = 1;
    /// <summary>A value broke a rule.</summary>
    public const int Validation = 2;
    /// <summary>Something named does not exist.</summary>
    public const int NotFound = 3;
    /// <summary>Someone else changed the record.</summary>
    public const int Conflict = 4;
    /// <summary>The current state forbids it (illegal stage move...).</summary>
    public const int Rule = 5;
    /// <summary>A template failed.</summary>
    public const int Template = 6;
    /// <summary>The workspace is missing or unreadable.</summary>
    public const int Workspace = 7;
    /// <summary>The store could not be read or written.</summary>
    public const int Store = 8;
    /// <summary>A plugin or the configuration is broken.</summary>
    public const int Plugin = 9;
    /// <summary>Cancelled with Ctrl+C.</summary>
    public const int Cancelled = 130;

    /// <summary>The code for a user-facing error.</summary>
    public static int For(CrmException e) => e.Code switch
    {
        "validation" => Validation,
        "not-found" => NotFound,
        "conflict" => Conflict,
        "rule" => Rule,
        "template" => Template,
        "workspace" => Workspace,
        "store" => Store,
        _ => Plugin,
    };
}
