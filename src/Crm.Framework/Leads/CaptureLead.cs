using System.Security.Cryptography;
using System.Text;
using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Leads;

/// <summary>Checks the channel is declared, the contact data readable and someone named or reachable.</summary>
public sealed class CaptureLeadValidator(CrmSchema schema, FieldRules fields, CrmRegionalSettings region) : IValidator<CaptureLead>
{
    /// <inheritdoc />
    public void Validate(CaptureLead request, List<ValidationError> errors)
    {
        if (schema.FindChannel(request.Channel) is null)
            errors.Add(new ValidationError("channel", request.Channel,
                $"is not a known channel; known channels: {string.Join(", ", schema.Channels.Select(c => c.Key).Order(StringComparer.Ordinal))}"));
        if (new[] { request.Name, request.Company, request.Email, request.Phone, request.Messenger }.All(string.IsNullOrWhiteSpace))
            errors.Add(new ValidationError("contact", null, "is required: give a name, company, email, phone or messenger handle"));
        if (!string.IsNullOrWhiteSpace(request.Email) && !ContactRules.IsEmail(request.Email.Trim()))
            errors.Add(new ValidationError("email", request.Email, "must be an email address like name@example.com"));
        if (!string.IsNullOrWhiteSpace(request.Phone) && !PhoneNumbers.TryNormalize(request.Phone, region.DefaultRegion, out _, out var problem))
            errors.Add(new ValidationError("phone", request.Phone, problem!));
        if (request.ExternalId is { } id && (string.IsNullOrWhiteSpace(id) || id.Length > 200))
            errors.Add(new ValidationError("request_id", id, "must be 1 to 200 characters"));
        fields.Check(FieldTarget.Customer, request.Fields, creating: true, errors);
    }
}

/// <summary>
/// Recognises a repeat, else logs the request on the customer it comes from (email first, then phone) or
/// creates a lead owned by the assignment rules' choice (no rule: the capturing user, like a card entered by hand).
/// Everything — card, interaction, captured request, round-robin turn — is one unit of work.
/// </summary>
public sealed class CaptureLeadHandler(
    ICrmStore store, UnitOfWork work, IMediator mediator, CrmSchema schema, LeadAssignment assignment,
    CrmIds ids, TimeProvider clock, ICurrentUser user, CrmRegionalSettings region)
    : IRequestHandler<CaptureLead, LeadCapture>
{
    /// <summary>The customer field a person's company is written to when the schema declares it.</summary>
    public const string CompanyField = "company";

    /// <inheritdoc />
    public async Task<LeadCapture> Handle(CaptureLead request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var email = Clean(request.Email) is { } e ? ContactRules.NormalizeEmail(e) : null;
        var phone = region.NormalizePhone(request.Phone);
        var messenger = Clean(request.Messenger);
        var externalId = Clean(request.ExternalId);
        var fingerprint = Fingerprint(request, email, phone, messenger);
        if (FindRepeat(request.Channel, externalId, fingerprint, now) is { } first)
            return new LeadCapture(LeadOutcome.Duplicate, first.Id, first.CustomerId, store.GetCustomer(first.CustomerId)?.Name ?? first.CustomerId,
                first.InteractionId, first.Owner, first.Rule);

        var contacts = new List<ContactPoint>();
        if (email is not null) contacts.Add(new ContactPoint(ContactKind.Email, email));
        if (phone is not null) contacts.Add(new ContactPoint(ContactKind.Phone, phone));
        if (messenger is not null) contacts.Add(new ContactPoint(ContactKind.Messenger, messenger));
        var source = Clean(request.Source)?.ToLowerInvariant();
        var company = Clean(request.Company);

        var customer = FindCustomer(email, phone);
        string? rule = null;
        LeadOutcome outcome;
        if (customer is not null)
        {
            outcome = LeadOutcome.Matched;
            var known = customer.Contacts.Select(c => (c.Kind, c.Value)).ToHashSet();
            if (contacts.Any(c => !known.Contains((c.Kind, c.Value))))
                customer = await mediator.Send(new UpdateCustomer { CustomerId = customer.Id, AddContacts = contacts }, cancellationToken);
        }
        else
        {
            outcome = LeadOutcome.Created;
            var (owner, chosenBy) = assignment.Assign(request, phone);
            rule = chosenBy;
            var name = Clean(request.Name);
            var values = new Dictionary<string, object?>(request.Fields);
            if (name is not null && company is not null && schema.FindField(FieldTarget.Customer, CompanyField) is not null)
                values.TryAdd(CompanyField, company);
            customer = await mediator.Send(new CreateCustomer
            {
                Name = name ?? company ?? email ?? phone ?? messenger!,
                Kind = name is null && company is not null ? CustomerKind.Organization : CustomerKind.Person,
                Lifecycle = LifecycleStage.Lead,
                Contacts = contacts,
                Owner = owner,
                Tags = source is null ? [] : [source],
                Fields = values,
            }, cancellationToken);
        }

        // Written here rather than sent as LogInteraction: that reads the card from the store, and a new
        // lead's card is only committed with this whole command.
        var subject = Subject(request);
        var interaction = new Interaction
        {
            Id = ids.New(CrmIds.Interaction), CustomerId = customer.Id, Channel = request.Channel, Direction = InteractionDirection.Inbound,
            OccurredAt = request.ReceivedAt ?? now, Subject = subject, Notes = Notes(request, company), LoggedBy = user.Name, Version = 1,
        };
        work.Insert(EntityKinds.Interaction, interaction.Id, interaction);
        work.Raise(new InteractionLogged(interaction, now));

        var captured = new LeadRequest
        {
            Id = ids.New(LeadRecords.RequestPrefix), Channel = request.Channel, ExternalId = externalId, Fingerprint = fingerprint,
            Outcome = outcome, CustomerId = customer.Id, InteractionId = interaction.Id, Owner = customer.Owner, Rule = rule,
            Name = Clean(request.Name), Company = company, Email = email, Phone = phone, Messenger = messenger, Subject = subject,
            Source = source, Campaign = Clean(request.Campaign), ReceivedAt = request.ReceivedAt ?? now, CapturedAt = now,
            CapturedBy = user.Name, Version = 1,
        };
        work.Insert(LeadRecords.Requests, captured);
        if (outcome == LeadOutcome.Created) work.Raise(new LeadCaptured(captured, customer, now));
        return new LeadCapture(outcome, captured.Id, customer.Id, customer.Name, interaction.Id, customer.Owner, rule);
    }

    private LeadRequest? FindRepeat(string channel, string? externalId, string fingerprint, DateTimeOffset now) =>
        externalId is not null
            ? store.FindRecords(LeadRecords.Requests, new RecordKey("request", LeadRecords.RequestKey(channel, externalId))).FirstOrDefault()
            : store.FindRecords(LeadRecords.Requests, new RecordKey("fingerprint", fingerprint))
                .Where(r => r.ExternalId is null && now - r.CapturedAt <= CaptureLead.DuplicateWindow)
                .MaxBy(r => r.CapturedAt);

    private Customer? FindCustomer(string? email, string? phone)
    {
        // The longest-known card wins when several share the contact; merged cards are skipped by the store.
        if (email is not null && Oldest(new CustomerQuery { Email = email }) is { } byEmail) return byEmail;
        return phone is null ? null : Oldest(new CustomerQuery { Phone = phone });
    }

    private Customer? Oldest(CustomerQuery query) =>
        store.FindCustomers(query).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault();

    private string Subject(CaptureLead request)
    {
        if (Clean(request.Subject) is { } subject) return subject;
        var firstLine = Clean(request.Message)?.Split('\n')[0].Trim();
        if (!string.IsNullOrEmpty(firstLine)) return firstLine.Length <= 80 ? firstLine : firstLine[..77] + "...";
        return $"Request via {schema.FindChannel(request.Channel)?.Name ?? request.Channel}";
    }

    private static string? Notes(CaptureLead request, string? company)
    {
        var lines = new List<string>();
        if (Clean(request.Message) is { } message) lines.Add(message);
        if (company is not null) lines.Add($"Company: {company}");
        if (Clean(request.Source) is { } source) lines.Add($"Source: {source}");
        if (Clean(request.Campaign) is { } campaign) lines.Add($"Campaign: {campaign}");
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string Fingerprint(CaptureLead request, string? email, string? phone, string? messenger)
    {
        var text = string.Join("\u001f", request.Channel, email, phone, messenger?.ToLowerInvariant(),
            Clean(request.Name)?.ToLowerInvariant(), Clean(request.Company)?.ToLowerInvariant(), Clean(request.Message));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
