using Crm.Framework.Behaviors;
using Crm.Framework.Storage;
using MediatR;

namespace Crm.Framework.Cases;

/// <summary>Checks the case id and the comment.</summary>
public sealed class CommentOnCaseValidator : IValidator<CommentOnCase>
{
    /// <inheritdoc />
    public void Validate(CommentOnCase request, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(request.CaseId)) errors.Add(new ValidationError("case", null, "is required"));
        if (string.IsNullOrWhiteSpace(request.Text)) errors.Add(new ValidationError("comment", null, "is required"));
    }
}

/// <summary>Adds the comment to the case's history.</summary>
public sealed class CommentOnCaseHandler(ICrmStore store, UnitOfWork work, TimeProvider clock, ICurrentUser user)
    : IRequestHandler<CommentOnCase, ServiceCase>
{
    /// <inheritdoc />
    public Task<ServiceCase> Handle(CommentOnCase request, CancellationToken cancellationToken)
    {
        var before = CaseRecords.Require(store, request.CaseId);
        var now = clock.GetUtcNow();
        var after = before with
        {
            History = [.. before.History, new CaseStep(CaseStepKind.Comment, now, user.Name, request.Text.Trim())],
            UpdatedAt = now,
            Version = before.Version + 1,
        };
        work.Update(CaseRecords.Kind, before, after);
        return Task.FromResult(after);
    }
}
