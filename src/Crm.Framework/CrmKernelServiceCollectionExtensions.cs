using Crm.Framework.Activities;
using Crm.Framework.Auditing;
using Crm.Framework.Behaviors;
using Crm.Framework.Cases;
using Crm.Framework.Customers;
using Crm.Framework.Demo;
using Crm.Framework.Documents;
using Crm.Framework.Events;
using Crm.Framework.Fields;
using Crm.Framework.Interactions;
using Crm.Framework.Leads;
using Crm.Framework.Pipelines;
using Crm.Framework.Plugins;
using Crm.Framework.Sales;
using Crm.Framework.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Crm.Framework;

/// <summary>Registers the kernel: the mediator, the behaviors in pipeline order and every use case. A store is registered separately.</summary>
public static class CrmKernelServiceCollectionExtensions
{
    /// <summary>
    /// Adds the kernel running on <paramref name="schema"/>. Calling it again does nothing.
    /// Replace <see cref="TimeProvider"/> or <see cref="ICurrentUser"/> by registering them first.
    /// </summary>
    public static IServiceCollection AddCrmKernel(this IServiceCollection services, CrmSchema schema)
    {
        if (services.Any(d => d.ServiceType == typeof(CrmSchema))) return services;

        services.AddSingleton(schema);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICurrentUser>(new CurrentUser(Environment.UserName));
        services.TryAddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.TryAddSingleton<CrmIds>();
        services.TryAddSingleton<FieldRules>();
        services.TryAddSingleton(new CrmRegionalSettings());
        services.TryAddSingleton<AuditDiff>();
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddScoped<UnitOfWork>();
        services.TryAddScoped<DomainEventPublisher>();
        services.TryAddScoped<DemoSeeder>();
        services.TryAddScoped<ServiceFactory>(p => p.GetService!);
        services.TryAddScoped<IMediator, Mediator>();

        // The pipeline, outermost first: registration order is execution order (ADR-002).
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ErrorTranslationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehavior<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuditBehavior<,>));

        // Use cases: request → handler (→ validator).
        services.UseCase<CreateCustomer, Customer, CreateCustomerHandler>().Validator<CreateCustomer, CreateCustomerValidator>();
        services.UseCase<UpdateCustomer, Customer, UpdateCustomerHandler>().Validator<UpdateCustomer, UpdateCustomerValidator>();
        services.UseCase<GetCustomer, Customer, GetCustomerHandler>();
        services.UseCase<FindCustomers, IReadOnlyList<Customer>, FindCustomersHandler>().Validator<FindCustomers, FindCustomersValidator>();
        services.UseCase<GetCustomerTimeline, IReadOnlyList<TimelineEntry>, GetCustomerTimelineHandler>().Validator<GetCustomerTimeline, LimitValidators>();
        services.UseCase<LogInteraction, Interaction, LogInteractionHandler>().Validator<LogInteraction, LogInteractionValidator>();
        services.UseCase<OpenDeal, Deal, OpenDealHandler>().Validator<OpenDeal, OpenDealValidator>();
        services.UseCase<MoveDeal, Deal, MoveDealHandler>().Validator<MoveDeal, MoveDealValidator>();
        services.UseCase<CloseDeal, Deal, CloseDealHandler>().Validator<CloseDeal, CloseDealValidator>();
        services.UseCase<ListDeals, IReadOnlyList<Deal>, ListDealsHandler>().Validator<ListDeals, LimitValidators>();
        services.UseCase<GetDeal, Deal, GetDealHandler>();
        services.UseCase<GetFunnelSummary, FunnelSummary, GetFunnelSummaryHandler>();
        services.UseCase<RenderDocument, Document, RenderDocumentHandler>().Validator<RenderDocument, RenderDocumentValidator>();
        services.UseCase<GetDocument, Document, GetDocumentHandler>();
        services.UseCase<GetAuditTrail, IReadOnlyList<AuditEntry>, GetAuditTrailHandler>().Validator<GetAuditTrail, LimitValidators>();

        // Activities: tasks, calendar, reminders.
        services.TryAddScoped<ActivityLinks>();
        services.TryAddScoped<ActivitySeries>();
        services.AddScoped<IDemoSeedStep, ActivitySeedStep>();
        services.UseCase<ScheduleActivity, Activity, ScheduleActivityHandler>().Validator<ScheduleActivity, ScheduleActivityValidator>();
        services.UseCase<RescheduleActivity, Activity, RescheduleActivityHandler>().Validator<RescheduleActivity, RescheduleActivityValidator>();
        services.UseCase<CompleteActivity, Activity, CompleteActivityHandler>().Validator<CompleteActivity, CompleteActivityValidator>();
        services.UseCase<CancelActivity, Activity, CancelActivityHandler>();
        services.UseCase<GetActivity, Activity, GetActivityHandler>();
        services.UseCase<ListActivities, IReadOnlyList<Activity>, ListActivitiesHandler>().Validator<ListActivities, ListActivitiesValidator>();
        services.UseCase<GetAgenda, IReadOnlyList<AgendaEntry>, GetAgendaHandler>().Validator<GetAgenda, GetAgendaValidator>();
        services.UseCase<GetDueReminders, IReadOnlyList<DueReminder>, GetDueRemindersHandler>();
        services.UseCase<AcknowledgeReminders, IReadOnlyList<Activity>, AcknowledgeRemindersHandler>().Validator<AcknowledgeReminders, AcknowledgeRemindersValidator>();

        // Service cases with SLA and escalation.
        services.UseCase<OpenCase, ServiceCase, OpenCaseHandler>().Validator<OpenCase, OpenCaseValidator>();
        services.UseCase<RespondToCase, ServiceCase, RespondToCaseHandler>().Validator<RespondToCase, RespondToCaseValidator>();
        services.UseCase<MoveCase, ServiceCase, MoveCaseHandler>().Validator<MoveCase, MoveCaseValidator>();
        services.UseCase<AssignCase, ServiceCase, AssignCaseHandler>().Validator<AssignCase, AssignCaseValidator>();
        services.UseCase<CommentOnCase, ServiceCase, CommentOnCaseHandler>().Validator<CommentOnCase, CommentOnCaseValidator>();
        services.UseCase<GetCase, ServiceCase, GetCaseHandler>();
        services.UseCase<ListCases, IReadOnlyList<ServiceCase>, ListCasesHandler>().Validator<ListCases, ListCasesValidator>();
        services.UseCase<ListSlaAlerts, IReadOnlyList<SlaAlert>, ListSlaAlertsHandler>().Validator<ListSlaAlerts, ListSlaAlertsValidator>();
        services.UseCase<EscalateBreachedCases, IReadOnlyList<CaseEscalated>, EscalateBreachedCasesHandler>();
        services.AddScoped<IDemoSeedStep, CaseDemoSeedStep>();

        // Sales: catalogue, quotes and orders.
        services.TryAddScoped<SalesNumbers>();
        services.UseCase<CreateQuote, Quote, CreateQuoteHandler>().Validator<CreateQuote, CreateQuoteValidator>();
        services.UseCase<AddQuoteLine, Quote, AddQuoteLineHandler>().Validator<AddQuoteLine, AddQuoteLineValidator>();
        services.UseCase<RemoveQuoteLine, Quote, RemoveQuoteLineHandler>();
        services.UseCase<SendQuote, Quote, SendQuoteHandler>();
        services.UseCase<AcceptQuote, AcceptedQuote, AcceptQuoteHandler>();
        services.UseCase<DeclineQuote, Quote, DeclineQuoteHandler>();
        services.UseCase<GetQuote, Quote, GetQuoteHandler>();
        services.UseCase<ListQuotes, IReadOnlyList<Quote>, ListQuotesHandler>().Validator<ListQuotes, SalesListValidators>();
        services.UseCase<GetOrder, Order, GetOrderHandler>();
        services.UseCase<ListOrders, IReadOnlyList<Order>, ListOrdersHandler>().Validator<ListOrders, SalesListValidators>();
        services.UseCase<AdvanceOrder, Order, AdvanceOrderHandler>().Validator<AdvanceOrder, AdvanceOrderValidator>();
        services.AddScoped<IDemoSeedStep, SalesDemoSeedStep>();

        // Leads from every channel, duplicates and merge.
        services.TryAddScoped<LeadAssignment>();
        services.AddScoped<IDemoSeedStep, LeadsDemoSeedStep>();
        services.UseCase<CaptureLead, LeadCapture, CaptureLeadHandler>().Validator<CaptureLead, CaptureLeadValidator>();
        services.UseCase<ListLeads, IReadOnlyList<LeadSummary>, ListLeadsHandler>().Validator<ListLeads, ListLeadsValidator>();
        services.UseCase<FindDuplicates, IReadOnlyList<DuplicateCandidate>, FindDuplicatesHandler>().Validator<FindDuplicates, FindDuplicatesValidator>();
        services.UseCase<MergeCustomers, CustomerMerge, MergeCustomersHandler>().Validator<MergeCustomers, MergeCustomersValidator>();
        services.UseCase<GetMerge, CustomerMerge, GetMergeHandler>();
        services.UseCase<ListMerges, IReadOnlyList<CustomerMerge>, ListMergesHandler>();
        return services;
    }

    private static IServiceCollection UseCase<TRequest, TResponse, THandler>(this IServiceCollection services)
        where TRequest : IRequest<TResponse>
        where THandler : class, IRequestHandler<TRequest, TResponse>
    {
        services.AddTransient<IRequestHandler<TRequest, TResponse>, THandler>();
        return services;
    }

    private static IServiceCollection Validator<TRequest, TValidator>(this IServiceCollection services)
        where TValidator : class, IValidator<TRequest>
    {
        services.AddTransient<IValidator<TRequest>, TValidator>();
        return services;
    }
}
