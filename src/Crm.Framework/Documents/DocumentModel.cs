using System.Globalization;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Pipelines;
using Crm.Framework.Sales;
using Scriban.Runtime;

namespace Crm.Framework.Documents;

/// <summary>
/// Builds the read-only snapshot a template sees: plain <see cref="ScriptObject"/>s and
/// <see cref="ScriptArray"/>s of primitives, never the host's objects, so a template cannot reach or
/// set anything of the host (Scriban lets a template assign public setters of objects it is given).
/// Names are snake_case: <c>customer.name</c>, <c>customer.fields.credit_score</c>, <c>deal.amount</c>.
/// </summary>
public static class DocumentModel
{
    /// <summary>The globals of one render; <paramref name="quote"/> becomes <c>quote</c> (lines, totals, valid_until, number) when given.</summary>
    public static ScriptObject Build(Customer customer, Deal? deal, IReadOnlyList<Deal> deals, IReadOnlyList<Interaction> interactions,
        DocumentTemplateDefinition template, DateTimeOffset now, string renderedBy, Quote? quote = null)
    {
        var model = new ScriptObject
        {
            ["customer"] = Customer(customer),
            ["deal"] = deal is null ? null : Deal(deal),
            ["deals"] = Array(deals.Select(Deal)),
            ["interactions"] = Array(interactions.Select(Interaction)),
            ["today"] = now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["document"] = ReadOnly(new ScriptObject { ["title"] = template.Name, ["template"] = template.Key, ["rendered_by"] = renderedBy }),
            ["quote"] = quote is null ? null : QuoteModel.Build(quote),
        };
        return ReadOnly(model);
    }

    private static ScriptObject Customer(Customer c) => ReadOnly(new ScriptObject
    {
        ["id"] = c.Id,
        ["name"] = c.Name,
        ["kind"] = Lower(c.Kind),
        ["lifecycle"] = Lower(c.Lifecycle),
        ["email"] = c.Email,
        ["phone"] = c.Phone,
        ["address"] = c.Contacts.FirstOrDefault(p => p.Kind == ContactKind.Address)?.Value,
        ["owner"] = c.Owner,
        ["tags"] = Array(c.Tags),
        ["since"] = c.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["fields"] = Fields(c.Fields),
    });

    private static ScriptObject Deal(Deal d) => ReadOnly(new ScriptObject
    {
        ["id"] = d.Id,
        ["title"] = d.Title,
        ["funnel"] = d.Funnel,
        ["stage"] = d.Stage,
        ["status"] = Lower(d.Status),
        ["amount"] = d.Amount.Amount,
        ["currency"] = d.Amount.Currency,
        ["amount_text"] = $"{d.Amount.Amount.ToString("N2", CultureInfo.InvariantCulture)} {d.Amount.Currency}",
        ["owner"] = d.Owner,
        ["expected_close"] = d.ExpectedClose?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["opened"] = d.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["closed"] = d.ClosedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["lost_reason"] = d.LostReason,
        ["fields"] = Fields(d.Fields),
    });

    private static ScriptObject Interaction(Interaction i) => ReadOnly(new ScriptObject
    {
        ["id"] = i.Id,
        ["channel"] = i.Channel,
        ["direction"] = Lower(i.Direction),
        ["date"] = i.OccurredAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["subject"] = i.Subject,
        ["outcome"] = i.Outcome,
        ["fields"] = Fields(i.Fields),
    });

    internal static ScriptObject Fields(FieldValues values)
    {
        var fields = new ScriptObject();
        foreach (var (key, value) in values)
            fields[key] = value is string[] list ? Array(list) : value;
        return ReadOnly(fields);
    }

    internal static ScriptArray Array<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray(items.Cast<object?>());
        array.IsReadOnly = true;
        return array;
    }

    internal static ScriptObject ReadOnly(ScriptObject o)
    {
        o.IsReadOnly = true;
        return o;
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
