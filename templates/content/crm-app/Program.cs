using Crm.Framework;
using Crm.Framework.Customers;
using Crm.Framework.Hosting;
using Crm.Framework.Hosting.Plugins;
using Crm.Framework.Hosting.Workspaces;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using CrmApp;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// A .NET host running a whole CRM. The options come from the "Crm" section of appsettings.json, then
// environment variables (Crm__Workspace=...) and the command line (--Crm:Workspace ./data), as in any host.
var builder = Host.CreateApplicationBuilder(args);

// A workspace is one folder: the LiteDB file and workspace.json. AddCrm opens it, so make it the first
// time (as 'crm init' does). With no plugin list in it, every plugin found in the plugins folder is enabled.
var workspace = builder.Configuration["Crm:Workspace"] ?? ".crm";
if (!CrmWorkspace.Exists(workspace))
    CrmWorkspace.Create(workspace, new WorkspaceSettings { Created = DateTimeOffset.UtcNow });

try
{
    // Loads the plugins from plugins/<Id>/<Id>.dll (a plugin that fails is reported, not loaded), composes
    // the schema and registers the kernel and the LiteDB store.
    builder.AddCrm(crm =>
    {
        crm.Workspace = workspace;
        // The application's own declarations, made before any plugin's: here one funnel, so the app has
        // something to sell with no plugin installed. Keys must not clash with the plugins' keys.
        crm.Configure = app => app.AddField(AppFunnels.OfferValidUntil).AddFunnel(AppFunnels.Enquiries);
    });
    using var host = builder.Build();
    await host.StartAsync();

    var plugins = host.Services.GetRequiredService<CrmPluginCatalog>();
    var schema = host.Services.GetRequiredService<CrmSchema>();
    Console.WriteLine($"Workspace: {Path.GetFullPath(workspace)}");
    Console.WriteLine($"Plugins from {plugins.Folder}:");
    foreach (var report in plugins.Reports)
        Console.WriteLine($"  {report.Manifest.Id} {report.Manifest.Version}: {report.Status.ToString().ToLowerInvariant()}{(report.Reason is { } reason ? $" ({reason})" : "")}");
    if (plugins.Reports.Count == 0) Console.WriteLine("  none; put plugin folders there and run again");
    Console.WriteLine($"Funnels: {string.Join(", ", schema.Funnels.Select(f => f.Key))}");

    // Every change is a use case sent through the mediator: validated, committed in one transaction with
    // its audit trail, then published to the plugins' automation.
    await using (var scope = host.Services.CreateAsyncScope())
    {
        var crm = scope.ServiceProvider.GetRequiredService<IMediator>();

        var customer = await crm.Send(new CreateCustomer
        {
            Name = "Ada Lovelace",
            Contacts = [new ContactPoint(ContactKind.Email, "ada@example.com")],
        });
        Console.WriteLine($"Created customer {customer.Id} {customer.Name} ({customer.Lifecycle.ToString().ToLowerInvariant()})");

        await crm.Send(new LogInteraction { CustomerId = customer.Id, Channel = Channels.WebForm.Key, Subject = "Asked for an offer" });

        var deal = await crm.Send(new OpenDeal
        {
            CustomerId = customer.Id, Funnel = AppFunnels.EnquiriesKey, Title = "First order", Amount = new Money(1_200, "EUR"),
        });
        deal = await crm.Send(new MoveDeal { DealId = deal.Id, Stage = "offered", Fields = new Dictionary<string, object?> { [AppFunnels.OfferValidUntil.Key] = "2030-12-31" } });
        deal = await crm.Send(new CloseDeal { DealId = deal.Id, Won = true });
        Console.WriteLine($"Deal {deal.Id} {deal.Title}: {string.Join(" -> ", deal.History.Select(h => h.To))} ({deal.Status.ToString().ToLowerInvariant()})");

        var summary = await crm.Send(new GetFunnelSummary(AppFunnels.EnquiriesKey));
        Console.WriteLine($"Funnel {summary.Name}: {summary.TotalCount} deal(s), {summary.WonAmount:N2} {summary.Currency} won");
    }

    await host.StopAsync();
    return 0;
}
catch (CrmException e)
{
    // Every CRM error is one sentence saying what is wrong and how to fix it.
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
