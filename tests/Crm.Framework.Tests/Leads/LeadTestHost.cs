using Crm.Framework.Fields;
using Crm.Framework.Leads;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using Crm.Framework.Teams;
using Crm.Framework.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Leads;

/// <summary>A host with two sales teams, a company field and no required customer fields: what a web form can fill.</summary>
public static class LeadTestHost
{
    public static CrmTestHost Create(Action<ICrmPluginBuilder>? rules = null, Action<IServiceCollection>? services = null, ICrmStore? store = null) =>
        CrmTestHost.Create(o =>
        {
            o.App = b =>
            {
                b.AddField(new FieldDefinition("company", "Company", FieldType.Text, FieldTarget.Customer));
                b.AddField(new FieldDefinition("segment", "Segment", FieldType.Choice, FieldTarget.Customer) { Constraints = new FieldConstraints { Choices = ["retail", "business"] } });
                b.AddTeam(new TeamDefinition("uk_sales", "UK sales", ["maria", "tom", "ann"]));
                b.AddTeam(new TeamDefinition("dach_sales", "DACH sales", ["lukas"]));
                rules?.Invoke(b);
            };
            o.Services = services;
            if (store is not null) o.Store = store;
        });

    public static CaptureLead WebForm(string name = "Ada Lovelace", string? email = "ada@example.com", string? requestId = null) =>
        new() { Channel = "web_form", Name = name, Email = email, ExternalId = requestId, Message = "Please call me about a mortgage", Source = "Google_Ads" };
}
