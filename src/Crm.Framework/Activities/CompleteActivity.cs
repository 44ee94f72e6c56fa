using Crm.Framework.Behaviors;
using Crm.Framework.CallScripts;
using Crm.Framework.Interactions;
using Crm.Framework.Plugins;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Activities;

/// <summary>Checks the call script, if one is named, is declared.</summary>
public sealed class CompleteActivityValidator(CrmSchema schema) : IValidator<CompleteActivity>
{
    /// <inheritdoc />
    public void Validate(CompleteActivity request, List<ValidationError> errors) => schema.CheckCallScript(request.Script, errors);
}

/// <summary>
/// Marks the activity done by the current user now; a call or meeting about a customer is logged on the
/// customer's card as an outbound phone call or meeting; a recurring activity gets its next occurrence.
/// </summary>
public sealed class CompleteActivityHandler(ICrmStore store, UnitOfWork work, ActivitySeries series, IMediator mediator, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<CompleteActivity, Activity>
{
    /// <inheritdoc />
    public async Task<Activity> Handle(CompleteActivity request, CancellationToken cancellationToken)
    {
        var before = ActivitySeries.RequireOpen(store, request.ActivityId, "completed");
        var now = clock.GetUtcNow();
        string? interactionId = null;
        if (before is { Kind: ActivityKind.Call or ActivityKind.Meeting, CustomerId: { } customerId })
        {
            // Joins this command's unit of work: the activity and the interaction are written together or not at all.
            var interaction = await mediator.Send(new LogInteraction
            {
                CustomerId = customerId,
                Channel = before.Kind == ActivityKind.Call ? "phone" : "meeting",
                Direction = InteractionDirection.Outbound,
                Subject = before.Subject,
                Notes = request.Notes,
                Outcome = request.Outcome,
                DealId = before.DealId,
                Script = request.Script,
                OccurredAt = now,
            }, cancellationToken);
            interactionId = interaction.Id;
        }
        var done = before with
        {
            Status = ActivityStatus.Done,
            CompletedAt = now,
            CompletedBy = user.Name,
            Outcome = request.Outcome,
            CompletionNotes = request.Notes,
            Script = request.Script,
            InteractionId = interactionId,
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        done = done with { NextOccurrenceId = series.ScheduleNext(done, now) };
        work.Update(ActivityRecords.Kind, before, done);
        work.Raise(new ActivityCompleted(done, now));
        return done;
    }
}
