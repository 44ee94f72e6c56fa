using Crm.Framework.Behaviors;
using Crm.Framework.Customers;
using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Framework.Tests.Behaviors;

/// <summary>A test command: writes a customer card, optionally sends <see cref="Nested"/>, then optionally throws.</summary>
public sealed record Probe : ICrmCommand<string>
{
    public string Name { get; init; } = "Probe Customer";
    public IRequest<Customer>? Nested { get; init; }
    public Exception? ThrowAfterWriting { get; init; }
    public Exception? ThrowInValidation { get; init; }
    public bool Invalid { get; init; }
}

/// <summary>What the probe saw of the pipeline, in order.</summary>
public sealed class ProbeLog
{
    public List<string> Steps { get; } = [];
}

public sealed class ProbeValidator(UnitOfWork work, ProbeLog log) : IValidator<Probe>
{
    public void Validate(Probe request, List<ValidationError> errors)
    {
        log.Steps.Add($"validate: transaction active={work.IsActive}, action={work.CurrentAction ?? "none"}");
        if (request.ThrowInValidation is { } e) throw e;
        if (request.Invalid) errors.Add(new ValidationError("probe", null, "is invalid"));
    }
}

public sealed class ProbeHandler(UnitOfWork work, IMediator mediator, ProbeLog log, TimeProvider clock) : IRequestHandler<Probe, string>
{
    public async Task<string> Handle(Probe request, CancellationToken cancellationToken)
    {
        log.Steps.Add($"handle: transaction active={work.IsActive}, action={work.CurrentAction ?? "none"}");
        var customer = new Customer { Id = "C-PROBE", Name = request.Name, CreatedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(), Version = 1 };
        work.Insert(EntityKinds.Customer, customer.Id, customer);
        work.Raise(new CustomerCreated(customer, clock.GetUtcNow()));
        if (request.Nested is { } nested) await mediator.Send(nested, cancellationToken);
        if (request.ThrowAfterWriting is { } e) throw e;
        return customer.Id;
    }
}

public static class ProbeServiceCollectionExtensions
{
    /// <summary>Registers the probe command, its validator and the log it writes to.</summary>
    public static IServiceCollection AddProbe(this IServiceCollection services, ProbeLog log) => services
        .AddSingleton(log)
        .AddTransient<IRequestHandler<Probe, string>, ProbeHandler>()
        .AddTransient<IValidator<Probe>, ProbeValidator>();
}
