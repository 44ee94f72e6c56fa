using Crm.Framework.Customers;
using Crm.Framework.Behaviors;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the subject, the type and priority, the channel and the moment the case was raised.</summary>
public sealed class OpenCaseValidator(CrmSchema schema, TimeProvider clock) : IValidator<OpenCase>
{
    /// <inheritdoc />
    public void Validate(OpenCase request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.Subject)) errors.Add(new ValidationError("subject", null, "is required"));
        if (!Enum.IsDefined(request.Type)) errors.Add(new ValidationError("type", request.Type, "must be complaint, request, incident or warranty_claim"));
        if (!Enum.IsDefined(request.Priority)) errors.Add(new ValidationError("priority", request.Priority, "must be low, normal, high or urgent"));
        if (request.Channel is { } channel && schema.FindChannel(channel) is null)
            errors.Add(new ValidationError("channel", channel, $"is not a known channel; known channels: {string.Join(", ", schema.Channels.Select(c => c.Key).Order(StringComparer.Ordinal))}"));
        if (request.OpenedAt > clock.GetUtcNow()) errors.Add(new ValidationError("opened_at", request.OpenedAt, "must not be in the future"));
    }
}

/// <summary>Opens the case under the first SLA policy that applies, with its deadlines and an <c>opened</c> step.</summary>
public sealed class OpenCaseHandler(ICrmStore store, UnitOfWork work, CrmSchema schema, CrmIds ids, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<OpenCase, ServiceCase>
{
    /// <inheritdoc />
    public Task<ServiceCase> Handle(OpenCase request, CancellationToken cancellationToken)
    {
        var customer = store.RequireActiveCustomer(request.CustomerId, "find customers with 'crm customers list'");
        if (request.DealId is { } dealId) CaseLinks.CheckDeal(store, dealId, customer.Id);
        var orderId = request.OrderId is { } order ? CaseLinks.CheckOrder(store, order, customer.Id) : null;
        var team = string.IsNullOrWhiteSpace(request.Team) ? null : CaseLinks.RequireTeam(schema, request.Team);
        var owner = !string.IsNullOrWhiteSpace(request.Owner) ? request.Owner.Trim()
            : team is not null ? CaseLinks.LeastBusyMember(store, team)
            : user.Name;

        var now = clock.GetUtcNow();
        var openedAt = request.OpenedAt ?? now;
        var policy = schema.SlaPolicyFor(request.Type, customer);
        var (firstResponseDue, resolutionDue) = CaseSla.Deadlines(policy, request.Priority, openedAt);
        var via = request.Channel is null ? "" : $" via {request.Channel}";
        var opened = new CaseStep(CaseStepKind.Opened, openedAt, user.Name,
            $"{CaseLifecycle.Name(request.Type)}, {CaseLifecycle.Name(request.Priority)}{via}, owner {owner}; SLA '{policy.Key}': " +
            $"first response by {CaseSla.Format(firstResponseDue)}, resolution by {CaseSla.Format(resolutionDue)}");
        var @case = new ServiceCase
        {
            Id = ids.New(CaseRecords.IdPrefix),
            CustomerId = customer.Id,
            Type = request.Type,
            Priority = request.Priority,
            Status = CaseStatus.New,
            Subject = request.Subject.Trim(),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            Channel = request.Channel,
            Owner = owner,
            Team = team?.Key,
            DealId = request.DealId,
            OrderId = orderId,
            SlaPolicy = policy.Key,
            OpenedAt = openedAt,
            FirstResponseDue = firstResponseDue,
            ResolutionDue = resolutionDue,
            History = [opened],
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        work.Insert(CaseRecords.Kind, @case);
        work.Raise(new CaseOpened(@case, now));
        return Task.FromResult(@case);
    }
}
