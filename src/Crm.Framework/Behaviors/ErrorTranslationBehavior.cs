using MediatR;

namespace Crm.Framework.Behaviors;

/// <summary>
/// The outermost behavior: lets <see cref="CrmException"/>s through and turns known infrastructure
/// exceptions into them, so every host shows one clear sentence. Unknown exceptions are bugs and pass unchanged.
/// </summary>
public sealed class ErrorTranslationBehavior<TRequest, TResponse>(IEnumerable<IErrorTranslator> translators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <inheritdoc />
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception e) when (e is not CrmException && Translate(e) is { } translated)
        {
            throw translated;
        }
    }

    private CrmException? Translate(Exception e)
    {
        foreach (var translator in translators)
            if (translator.Translate(e) is { } t) return t;
        return e switch
        {
            IOException io => new StoreException($"The CRM data could not be read or written: {io.Message}", io),
            UnauthorizedAccessException ua => new StoreException($"The CRM data is not accessible: {ua.Message}; check the workspace folder's permissions.", ua),
            _ => null,
        };
    }
}
