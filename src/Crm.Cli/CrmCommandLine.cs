using System.CommandLine;
using Crm.Cli.Commands;
using Crm.Cli.Infrastructure;

namespace Crm.Cli;

/// <summary>The <c>crm</c> command tree. Every command's action runs inside <see cref="CliContext.Run"/>, which turns user mistakes into one sentence and an exit code.</summary>
public static class CrmCommandLine
{
    /// <summary>Parses and runs <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var cli = new CliContext(output, error);
        var root = new RootCommand("crm — a code-first CRM on an embedded LiteDB workspace, with industry plugins.")
        {
            CliContext.WorkspaceOption,
            CliContext.UserOption,
            CliContext.PluginsOption,
        };
        root.Subcommands.Add(InitCommand.Create(cli));
        root.Subcommands.Add(PluginsCommand.Create(cli));
        root.Subcommands.Add(CustomersCommand.Create(cli));
        root.Subcommands.Add(InteractionsCommand.Create(cli));
        root.Subcommands.Add(DealsCommand.Create(cli));
        root.Subcommands.Add(DocsCommand.Create(cli));
        root.Subcommands.Add(ReportCommand.Create(cli));
        root.Subcommands.Add(SchemaCommand.Create(cli));
        root.Subcommands.Add(AuditCommand.Create(cli));
        root.Subcommands.Add(DemoCommand.Create(cli));
        root.Subcommands.Add(TeamsCommand.Create(cli));
        // Activities and call scripts.
        root.Subcommands.Add(TasksCommand.Create(cli));
        root.Subcommands.Add(AgendaCommand.Create(cli));
        root.Subcommands.Add(RemindersCommand.Create(cli));
        root.Subcommands.Add(ScriptsCommand.CreateScript(cli));
        root.Subcommands.Add(ScriptsCommand.CreateScripts(cli));
        root.Subcommands.Add(CasesCommand.Create(cli));
        root.Subcommands.Add(ProductsCommand.Create(cli));
        root.Subcommands.Add(QuotesCommand.Create(cli));
        root.Subcommands.Add(OrdersCommand.Create(cli));
        root.Subcommands.Add(LeadsCommand.Create(cli));

        var parse = root.Parse(args);
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
    }
}
