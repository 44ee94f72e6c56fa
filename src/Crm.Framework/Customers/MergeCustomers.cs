using Crm.Framework.Behaviors;
using Crm.Framework.Fields;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Customers;

/// <summary>Checks both cards are named, different, and the per-field choices name customer fields.</summary>
public sealed class MergeCustomersValidator(CrmSchema schema) : IValidator<MergeCustomers>
{
    /// <inheritdoc />
    public void Validate(MergeCustomers request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.SurvivorId)) errors.Add(new ValidationError("survivor", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.DuplicateId)) errors.Add(new ValidationError("duplicate", null, "is required"));
        foreach (var key in request.FieldChoices.Keys.Where(k => schema.FindField(FieldTarget.Customer, k) is null))
            errors.Add(new ValidationError("field", key, "is not a customer field"));
    }
}

/// <summary>
/// Moves the duplicate's interactions, deals and documents to the survivor and unites the cards, writing
/// each record once, all in the command's unit of work; keeps a <see cref="CustomerMerge"/> record.
/// </summary>
public sealed class MergeCustomersHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, CrmIds ids, TimeProvider clock, ICurrentUser user, CrmRegionalSettings region)
    : IRequestHandler<MergeCustomers, CustomerMerge>
{
    /// <summary>Id prefix of merge records.</summary>
    public const string Prefix = "M";

    /// <summary>Merge records, found by <c>customer</c> (either side).</summary>
    public static RecordKind<CustomerMerge> Merges { get; } = new("customer merge", "customer_merges", m => m.Id, m => m.Version,
        m => [new RecordKey("customer", m.SurvivorId), new RecordKey("customer", m.DuplicateId)]);

    /// <inheritdoc />
    public Task<CustomerMerge> Handle(MergeCustomers request, CancellationToken cancellationToken)
    {
        if (request.SurvivorId.Trim() == request.DuplicateId.Trim())
            throw new BusinessRuleException($"Customer '{request.SurvivorId}' cannot be merged into itself; give the card that stays and a different duplicate card.");
        var survivor = Require(request.SurvivorId.Trim());
        var duplicate = Require(request.DuplicateId.Trim());
        if (survivor.MergedInto is { } into)
            throw new BusinessRuleException($"Customer '{survivor.Name}' ({survivor.Id}) was merged into {into}; merge into {into} instead.");
        if (duplicate.MergedInto is { } already)
            throw new BusinessRuleException($"Customer '{duplicate.Name}' ({duplicate.Id}) was already merged into {already}; there is nothing left to merge.");

        var now = clock.GetUtcNow();
        var interactions = store.InteractionsOf(duplicate.Id, int.MaxValue);
        var deals = store.FindDeals(new Pipelines.ListDeals { CustomerId = duplicate.Id, Limit = int.MaxValue });
        var documents = store.DocumentsOf(duplicate.Id, int.MaxValue);
        var owned = new RecordKey("customer", duplicate.Id);
        var activities = store.FindRecords(Activities.ActivityRecords.Kind, owned);
        var cases = store.FindRecords(Cases.CaseRecords.Kind, owned);
        var quotes = store.FindRecords(Sales.SalesRecords.Quotes, owned);
        var orders = store.FindRecords(Sales.SalesRecords.Orders, owned);
        var requests = store.FindRecords(Leads.LeadRecords.Requests, owned);
        var contacts = ContactPoints.Normalize(survivor.Contacts.Concat(duplicate.Contacts), region);
        var tags = ContactPoints.NormalizeTags(survivor.Tags.Concat(duplicate.Tags));
        var (fields, filled, conflicts) = MergeFields(survivor.Fields, duplicate.Fields, request);

        var merge = new CustomerMerge
        {
            Id = ids.New(Prefix), SurvivorId = survivor.Id, SurvivorName = survivor.Name, DuplicateId = duplicate.Id, DuplicateName = duplicate.Name,
            Prefer = request.Prefer, MergedAt = now, MergedBy = user.Name,
            MovedInteractions = interactions.Select(i => i.Id).Order(StringComparer.Ordinal).ToList(),
            MovedDeals = deals.Select(d => d.Id).Order(StringComparer.Ordinal).ToList(),
            MovedDocuments = documents.Select(d => d.Id).Order(StringComparer.Ordinal).ToList(),
            MovedRecords =
            [
                .. activities.Select(r => $"{Activities.ActivityRecords.Kind.Name}:{r.Id}"), .. cases.Select(r => $"{Cases.CaseRecords.Kind.Name}:{r.Id}"),
                .. quotes.Select(r => $"{Sales.SalesRecords.Quotes.Name}:{r.Id}"), .. orders.Select(r => $"{Sales.SalesRecords.Orders.Name}:{r.Id}"),
                .. requests.Select(r => $"{Leads.LeadRecords.Requests.Name}:{r.Id}"),
            ],
            AddedContacts = contacts.Except(survivor.Contacts).Select(c => $"{c.Kind.ToString().ToLowerInvariant()}:{c.Value}").ToList(),
            AddedTags = tags.Except(survivor.Tags).ToList(),
            FilledFields = filled, Conflicts = conflicts, Version = 1,
        };
        if (request.DryRun) return Task.FromResult(merge);

        var after = survivor with { Contacts = contacts, Tags = tags, Fields = fields, UpdatedAt = now, Version = survivor.Version + 1 };
        work.Update(EntityKinds.Customer, survivor.Id, survivor, after, survivor.Version);
        work.Update(EntityKinds.Customer, duplicate.Id, duplicate, duplicate with { MergedInto = survivor.Id, UpdatedAt = now, Version = duplicate.Version + 1 }, duplicate.Version);
        foreach (var i in interactions) work.Update(EntityKinds.Interaction, i.Id, i, i with { CustomerId = survivor.Id, Version = i.Version + 1 }, i.Version);
        foreach (var d in deals) work.Update(EntityKinds.Deal, d.Id, d, d with { CustomerId = survivor.Id, Version = d.Version + 1 }, d.Version);
        foreach (var d in documents) work.Update(EntityKinds.Document, d.Id, d, d with { CustomerId = survivor.Id, Version = d.Version + 1 }, d.Version);
        foreach (var r in activities) work.Update(Activities.ActivityRecords.Kind, r, r with { CustomerId = survivor.Id, Version = r.Version + 1 });
        foreach (var r in cases) work.Update(Cases.CaseRecords.Kind, r, r with { CustomerId = survivor.Id, Version = r.Version + 1 });
        foreach (var r in quotes) work.Update(Sales.SalesRecords.Quotes, r, r with { CustomerId = survivor.Id, Version = r.Version + 1 });
        foreach (var r in orders) work.Update(Sales.SalesRecords.Orders, r, r with { CustomerId = survivor.Id, Version = r.Version + 1 });
        foreach (var r in requests) work.Update(Leads.LeadRecords.Requests, r, r with { CustomerId = survivor.Id, Version = r.Version + 1 });
        work.Insert(Merges, merge);
        work.Raise(new CustomersMerged(merge, after, now));
        return Task.FromResult(merge);
    }

    private Customer Require(string id) =>
        store.GetCustomer(id) ?? throw new NotFoundException("customer", id, "find duplicates with 'crm customers duplicates'");

    private (FieldValues Fields, List<string> Filled, List<FieldConflict> Conflicts) MergeFields(FieldValues survivor, FieldValues duplicate, MergeCustomers request)
    {
        var fields = survivor;
        var filled = new List<string>();
        var conflicts = new List<FieldConflict>();
        foreach (var (key, value) in duplicate)
        {
            if (!survivor.TryGetValue(key, out var kept))
            {
                fields = fields.With(key, value);
                filled.Add(key);
                continue;
            }
            if (FieldValues.Format(kept) == FieldValues.Format(value)) continue;
            var side = request.FieldChoices.TryGetValue(key, out var choice) ? choice : request.Prefer;
            if (side == MergeSide.Duplicate) fields = fields.With(key, value);
            var sensitive = schema.FindField(FieldTarget.Customer, key)?.Sensitivity == Sensitivity.Sensitive;
            conflicts.Add(new FieldConflict(key, sensitive ? "***" : FieldValues.Format(kept), sensitive ? "***" : FieldValues.Format(value), side));
        }
        return (fields, filled, conflicts);
    }
}

/// <summary>Reads one merge record.</summary>
public sealed class GetMergeHandler(ICrmStore store) : IRequestHandler<GetMerge, CustomerMerge>
{
    /// <inheritdoc />
    public Task<CustomerMerge> Handle(GetMerge request, CancellationToken cancellationToken) =>
        Task.FromResult(store.GetRecord(MergeCustomersHandler.Merges, request.MergeId.Trim())
            ?? throw new NotFoundException("merge", request.MergeId, "list a customer's merges with 'crm customers merges <customer-id>'"));
}

/// <summary>Reads the merges of one customer, newest first.</summary>
public sealed class ListMergesHandler(ICrmStore store) : IRequestHandler<ListMerges, IReadOnlyList<CustomerMerge>>
{
    /// <inheritdoc />
    public Task<IReadOnlyList<CustomerMerge>> Handle(ListMerges request, CancellationToken cancellationToken)
    {
        var id = request.CustomerId.Trim();
        _ = store.GetCustomer(id) ?? throw new NotFoundException("customer", id, "list customers with 'crm customers list'");
        IReadOnlyList<CustomerMerge> merges = store.FindRecords(MergeCustomersHandler.Merges, new RecordKey("customer", id))
            .OrderByDescending(m => m.MergedAt).ThenByDescending(m => m.Id, StringComparer.Ordinal).ToList();
        return Task.FromResult(merges);
    }
}
