using MediatR;

namespace Crm.Framework;

/// <summary>A use case that changes data: it runs in one transaction and leaves an audit entry.</summary>
/// <typeparam name="TResult">What the use case returns.</typeparam>
public interface ICrmCommand<out TResult> : IRequest<TResult>;

/// <summary>A use case that only reads; no transaction, no audit entry.</summary>
/// <typeparam name="TResult">What the use case returns.</typeparam>
public interface ICrmQuery<out TResult> : IRequest<TResult>;
